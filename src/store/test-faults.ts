// TEST-ONLY: live in dist/chrome-faults and in unit tests alone (COFFEE_CHAT_FAULTS in
// vite.config.ts and vitest.config.ts); shipped builds compile it out, as they do the smoke hook
// (tests/e2e/no-fault-hook.test.ts checks). A test arms a fault; the next write transaction
// that writes to the store it names then fails at its end, after the action's work and before the
// commit, as a full disk or a browser error would. Everything that transaction wrote is undone.
// The hook also lists the write transactions a page ran, so a test can count them per action.
import { ConflictError } from './errors.ts';
import type { StoreName } from './schema.ts';

/** The name the hook has on a page's globalThis (for tests to call through page.evaluate). */
export const FAULTS_GLOBAL = 'coffeeChatTestFaults';

export type FaultKind = 'quota' | 'conflict' | 'error';

export interface Fault {
  kind: FaultKind;
  /** Fail the next write that writes to this store (any write when left out). */
  store?: StoreName;
}

export interface FaultHook {
  arm(fault: Fault): void;
  disarm(): void;
  /** Faults armed and not fired yet. */
  armed(): number;
  /** The stores each write transaction wrote to, in order, since the last `forgetWrites`. */
  writes(): StoreName[][];
  forgetWrites(): void;
}

let armed: Fault[] = [];
let writes: StoreName[][] = [];

export const faults: FaultHook = {
  arm: (fault) => {
    armed.push(fault);
  },
  disarm: () => {
    armed = [];
  },
  armed: () => armed.length,
  writes: () => writes.map((w) => [...w]),
  forgetWrites: () => {
    writes = [];
  },
};

function errorFor(kind: FaultKind): Error {
  if (kind === 'quota') return new DOMException('Test fault: the disk is full.', 'QuotaExceededError');
  if (kind === 'conflict') return new ConflictError('test-fault', 0, undefined);
  return new DOMException('Test fault: internal error committing the transaction.', 'UnknownError');
}

/** Called by write() once the action's work is done, with the stores it wrote: throws the first armed fault that applies. */
export function injectFault(stores: StoreName[]): void {
  writes.push(stores);
  const i = armed.findIndex((f) => f.store === undefined || stores.includes(f.store));
  if (i < 0) return;
  const [fault] = armed.splice(i, 1);
  if (fault) throw errorFor(fault.kind);
}

/** Puts the hook on the page's globalThis, for end-to-end tests. */
export function installFaultHook(): void {
  Object.assign(globalThis, { [FAULTS_GLOBAL]: faults });
}

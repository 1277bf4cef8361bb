// Every open extension page (and the service worker) hears about committed writes and
// re-reads what it shows. A BroadcastChannel reaches every context of the extension's origin,
// including other channels in the same page, so the writer's own page hears it too.
import type { StoreName } from './schema.ts';

export const CHANNEL_NAME = 'coffee-chat-store';

export interface StoreChange {
  store: StoreName;
  /** ids written or deleted; 'all' when the store was cleared or rewritten wholesale */
  ids: string[] | 'all';
}

export interface StoreChangeMessage {
  type: 'store-change';
  changes: StoreChange[];
}

let sender: BroadcastChannel | null = null;

function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!sender) {
    sender = new BroadcastChannel(CHANNEL_NAME);
    // Node (unit tests) would otherwise stay alive for an idle channel.
    (sender as { unref?: () => void }).unref?.();
  }
  return sender;
}

/** Collects what a transaction touched; published only once it has committed. */
export class ChangeLog {
  private readonly byStore = new Map<StoreName, Set<string> | 'all'>();

  add(store: StoreName, id: string): void {
    const cur = this.byStore.get(store);
    if (cur === 'all') return;
    if (cur) cur.add(id);
    else this.byStore.set(store, new Set([id]));
  }

  all(store: StoreName): void {
    this.byStore.set(store, 'all');
  }

  list(): StoreChange[] {
    return [...this.byStore].map(([store, ids]) => ({ store, ids: ids === 'all' ? 'all' : [...ids] }));
  }
}

export function publish(changes: StoreChange[]): void {
  if (!changes.length) return;
  const message: StoreChangeMessage = { type: 'store-change', changes };
  channel()?.postMessage(message);
}

function isMessage(v: unknown): v is StoreChangeMessage {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'store-change';
}

/** Calls cb for every committed change until `signal` aborts. */
export function onStoreChange(cb: (changes: StoreChange[]) => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined' || signal.aborted) return;
  const listener = new BroadcastChannel(CHANNEL_NAME);
  (listener as { unref?: () => void }).unref?.();
  listener.onmessage = (e: MessageEvent) => {
    if (isMessage(e.data)) cb(e.data.changes);
  };
  signal.addEventListener('abort', () => listener.close(), { once: true });
}

// Small readers for untrusted values (storage, files). Each returns a typed value or a
// fallback, so one damaged field never makes a whole record unreadable.

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}

export function strOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function numOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Thrown when a record is missing something it cannot do without (an id, a contact id). */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

export function requireStr(o: Obj, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string' || !v) throw new ValidationError(`${what}: "${key}" is missing`);
  return v;
}

export function requireNum(o: Obj, key: string, what: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ValidationError(`${what}: "${key}" is not a number`);
  return v;
}

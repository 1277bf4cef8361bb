// Shape checks for fields a page sent already made (layers whose page half still returns
// fields): only the profile's own keys, each of the type it must have. normalize() then
// cleans and bounds every string and list entry.
import { INCOMPLETE_SECTIONS, type IncompleteSection } from '../../domain/profile.ts';
import type { Found } from '../layer.ts';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const TEXT = ['name', 'headline', 'location', 'about', 'photoUrl'] as const;
const LISTS = ['experience', 'education', 'skills', 'publications'] as const;
const DEGREES = ['1st', '2nd', '3rd'] as const;

function incomplete(v: unknown): IncompleteSection | null {
  if (!isObj(v)) return null;
  const section = INCOMPLETE_SECTIONS.find((s) => s === v.section);
  const hint = str(v.hint);
  if (!section || !hint) return null;
  const n = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
  const shown = n(v.shown);
  const total = n(v.total);
  return { section, ...(shown !== undefined ? { shown } : {}), ...(total !== undefined ? { total } : {}), hint };
}

export function asFound(v: unknown): Found | null {
  if (!isObj(v)) return null;
  const f: Found = {};
  for (const k of TEXT) if (typeof v[k] === 'string') f[k] = v[k];
  for (const k of LISTS) if (Array.isArray(v[k])) (f as Obj)[k] = v[k];
  const c = v.current;
  if (isObj(c)) f.current = { title: str(c.title), company: str(c.company) };
  const d = DEGREES.find((x) => x === v.connectionDegree);
  if (d) f.connectionDegree = d;
  if (Array.isArray(v.incomplete))
    f.incomplete = v.incomplete
      .slice(0, 20)
      .map(incomplete)
      .filter((x): x is IncompleteSection => !!x);
  return f;
}

// Helpers for the drafting's unit tests: invented career lines.
import type { Position } from '../domain/profile.ts';

/** A position from its title, organisation and dates; current when it has no end. */
export const job = (
  title: string | null,
  company: string | null,
  start: string,
  end: string | null = null,
): Position => ({
  title,
  company,
  location: null,
  start,
  end,
  current: end === null,
  description: null,
});

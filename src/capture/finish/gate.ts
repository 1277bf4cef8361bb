// What the LinkedIn gate (capture/gate.ts) answered, as the message the user reads. For a list
// of search results, the people in it: name, profile URL (query dropped), headline.
import type { CaptureResult, LinkedPerson } from '../../domain/profile.ts';
import { MAX_LIST } from '../text.ts';
import { no } from './not-profile.ts';
import { arr, line, obj, str } from './raw.ts';

const MESSAGES = {
  'auth-wall': 'Sign-in wall: sign in to LinkedIn and try again.',
  'not-found': 'Profile not found or not visible to you.',
  company: 'A company page, not a person.',
  unsupported: 'Not a profile page.',
  loading: 'Still loading this profile: try again in a moment.',
} as const;

function people(results: unknown): LinkedPerson[] {
  const out = new Map<string, LinkedPerson>();
  for (const x of arr(results)) {
    const r = obj(x);
    const link = arr(r.links).find((l) => line(arr(l)[1]));
    const [slug, , name] = link ? arr(link, 3).map(str) : [];
    const n = line(name);
    if (slug && n && !out.has(slug) && out.size < MAX_LIST)
      out.set(slug, { name: n, url: `https://www.linkedin.com/in/${slug}/`, headline: line(r.headline) });
  }
  return [...out.values()];
}

export function gateAnswer(raw: unknown): CaptureResult {
  const reason = str(raw);
  if (reason && Object.hasOwn(MESSAGES, reason)) {
    const k = reason as keyof typeof MESSAGES;
    return no(k, MESSAGES[k]);
  }
  const r = obj(raw);
  return Array.isArray(r.results)
    ? no('search-results', 'Search results: open one person, or save people one at a time.', people(r.results))
    : no('unsupported', MESSAGES.unsupported);
}

// What applying the user's own LinkedIn export would change. The store's commit only fills
// fields that are empty, so the preview says which ones it fills and which it leaves alone.
import type { UserProfile } from '../domain/settings.ts';

export interface FillLine {
  key: keyof UserProfile;
  value: string;
  /** false: the user already wrote something there, and it is kept. */
  fills: boolean;
}

export function fillPlan(found: Partial<UserProfile>, user: UserProfile): FillLine[] {
  return (Object.entries(found) as [keyof UserProfile, string | undefined][])
    .filter((e): e is [keyof UserProfile, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([key, value]) => ({ key, value, fills: !user[key].trim() }));
}

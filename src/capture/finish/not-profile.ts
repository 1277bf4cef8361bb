// The answer for a page that is not a person (a wall, search results, a failed capture).
import type { CaptureResult, LinkedPerson, NotProfileReason } from '../../domain/profile.ts';

export type NotProfile = Extract<CaptureResult, { kind: 'not-profile' }>;

export const no = (reason: NotProfileReason, message: string, people: LinkedPerson[] = []): NotProfile => ({
  kind: 'not-profile',
  reason,
  message,
  people,
});

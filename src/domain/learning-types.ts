// The debrief's and keep-in-touch shapes, apart from learning.ts so contact.ts can name them
// without importing the rules that read contacts (no import cycle).

export const FIT_ASPECTS = ['skills', 'values', 'interests'] as const;
export type FitAspect = (typeof FIT_ASPECTS)[number];
export const FIT_LABELS: Record<FitAspect, string> = {
  skills: 'My skills',
  values: 'My values',
  interests: 'My interests',
};

/** 1–5, or null while not scored. */
export interface FitScore {
  score: number | null;
  note: string;
}

/** The wrap-up of one interview (takeaways stay on the interview itself; who next are its referrals). */
export interface Debrief {
  fit: Record<FitAspect, FitScore>;
  /** What the user still needs to find out. */
  toFindOut: string;
}

export function emptyDebrief(): Debrief {
  return {
    fit: { skills: { score: null, note: '' }, values: { score: null, note: '' }, interests: { score: null, note: '' } },
    toFindOut: '',
  };
}

export const KEEP_IN_TOUCH_MONTHS = [0, 3, 6, 12] as const;
export type KeepInTouchMonths = (typeof KEEP_IN_TOUCH_MONTHS)[number];

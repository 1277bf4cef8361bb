export const THEMES = ['origin', 'work', 'future', 'training', 'organisation', 'advice', 'next'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  origin: 'How they got into the field',
  work: 'The work itself',
  future: 'Where the field is going',
  training: 'Training and skills',
  organisation: 'The organisation',
  advice: 'Advice for someone like me',
  next: 'Who to talk to next',
};

export interface QuestionIdea {
  /** Stable across calls, so the UI can remember which ideas the user picked or hid. */
  id: string;
  theme: Theme;
  text: string;
  /** The profile fact the question rests on, shown to the user; null for a general question. */
  basis: string | null;
  mostImportant?: boolean;
}

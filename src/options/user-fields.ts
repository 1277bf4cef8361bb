// The About-you fields, in the order a person thinks of them.
import type { UserProfile } from '../domain/settings.ts';

export const USER_FIELDS: {
  key: keyof UserProfile;
  label: string;
  hint?: string;
  long?: boolean;
  /** One line, but the full width: it holds a phrase, not a word. */
  wide?: boolean;
  type?: 'email';
  auto?: string;
}[] = [
  { key: 'name', label: 'Your name', auto: 'name' },
  {
    key: 'email',
    label: 'Your email',
    type: 'email',
    auto: 'email',
    hint: 'Only used inside your drafts (for example in an intro paragraph).',
  },
  {
    key: 'position',
    label: 'Who you are now',
    wide: true,
    hint: 'Finishes the sentence “I’m …”, for example “a final-year MSc student in ecology”.',
  },
  { key: 'field', label: 'Field you want to learn about', hint: 'For example “product roles in climate tech”.' },
  { key: 'background', label: 'Your background', long: true },
  { key: 'goals', label: 'What you want to learn', long: true, hint: 'Shapes which question ideas come first.' },
  {
    key: 'pitch',
    label: 'Your pitch',
    long: true,
    hint: 'One or two sentences on what you bring and why you are asking; used in the cold email.',
  },
  { key: 'signature', label: 'Signature', long: true, hint: 'Ends every message. Leave empty to sign with your name.' },
];

export const labelOf = (key: keyof UserProfile) => USER_FIELDS.find((f) => f.key === key)?.label ?? key;

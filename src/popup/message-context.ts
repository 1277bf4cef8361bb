import { type Contact, displayValue } from '../domain/contact.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import type { Settings } from '../domain/settings.ts';
import { type Draft, type DraftContext, type DraftLanguage, draftMessage, type Slot } from '../drafting/index.ts';
import type { DraftVariant } from '../store/index.ts';

export interface MessageInputs {
  variant: DraftVariant;
  profile: CapturedProfile;
  /** The person's name and position as the user corrected them. */
  shown: { name: string; company: string; title: string };
  introducer: Contact | null;
  slots: Slot[];
  settings: Settings;
  now: number;
  language: DraftLanguage;
  /** The user's locale, for the dates in an English draft ("en-US" or "en-GB"). */
  locale?: string;
}

/**
 * The drafted message for the popup's current choices. An intro request is written to the
 * introducer (someone the user knows at the person's organisation), about this person.
 */
export function draftFor(i: MessageInputs): { draft: Draft; to: string | null } | { needsIntroducer: true } {
  const person = {
    name: i.shown.name,
    company: i.shown.company || null,
    title: i.shown.title || null,
    profile: i.profile,
  };
  const base: Omit<DraftContext, 'contact'> = {
    settings: i.settings,
    slots: i.slots,
    now: i.now,
    language: i.language,
    locale: i.locale,
  };
  if (i.variant === 'introRequest') {
    if (!i.introducer) return { needsIntroducer: true };
    const intro = i.introducer;
    const draft = draftMessage('introRequest', {
      ...base,
      contact: {
        name: displayValue(intro, 'name') ?? '',
        company: displayValue(intro, 'company'),
        title: displayValue(intro, 'title'),
        profile: intro.captured,
      },
      target: { company: i.shown.company || 'their organisation', person: i.shown.name || undefined },
    });
    return { draft, to: intro.email };
  }
  const introducer = i.introducer ? { name: displayValue(i.introducer, 'name') ?? '' } : null;
  return { draft: draftMessage(i.variant, { ...base, contact: person, introducer }), to: null };
}

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

/** The variant to show: a stored choice of note or message follows whether they are connected now. */
export function shownVariant(chosen: DraftVariant, connected: boolean): DraftVariant {
  if (connected && chosen === 'connectionNote') return 'directMessage';
  if (!connected && chosen === 'directMessage') return 'connectionNote';
  return chosen;
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
  if (i.variant === 'directMessage') {
    // A LinkedIn message to a connection: the cold email's words, which have no length limit
    // there, without the subject a message does not have.
    const email = draftMessage('coldEmail', { ...base, contact: person, introducer });
    return { draft: { subject: '', body: email.body }, to: null };
  }
  return { draft: draftMessage(i.variant, { ...base, contact: person, introducer }), to: null };
}

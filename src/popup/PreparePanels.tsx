import { useEffect, useState } from 'preact/hooks';
import { functionOf } from '../domain/classify.ts';
import type { Contact, ContactFields } from '../domain/contact.ts';
import { fieldOf } from '../domain/learning.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import { listContacts, type PersonDraft, readFailureMessage } from '../store/index.ts';
import { settingsOrDefaults, useSettings } from '../ui/use-settings.ts';
import { CarriedQuestions } from './CarriedQuestions.tsx';
import { MessagePanel } from './MessagePanel.tsx';
import { NotePanel } from './NotePanel.tsx';
import { QuestionsPanel } from './QuestionsPanel.tsx';
import { useCarried } from './use-carried.ts';

export type Panel = 'questions' | 'message' | 'note';

/**
 * The content of the popup's Questions, Message and Note tabs. Loaded with import() after the
 * person card is on screen (see prepare-panels.ts): the first paint does not need drafting.
 */
export function PreparePanels(props: {
  panel: Panel;
  profile: CapturedProfile;
  saved: Contact | null;
  draft: PersonDraft;
  update: (patch: Partial<PersonDraft>) => void;
  shownValue: (key: keyof ContactFields) => string;
  onSent: (how: 'copied' | 'opened') => void;
  onAddNote: () => Promise<void>;
}) {
  const { panel, profile, saved, draft, update, shownValue } = props;
  const settings = settingsOrDefaults(useSettings().load);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [contactsError, setContactsError] = useState<string | null>(null);
  // A person saved from a link knows only a name: what the page shows fills in the rest.
  const onPage = profile.current ?? profile.experience[0] ?? null;
  const { ideas: carried, error: carriedError } = useCarried({
    contactId: saved?.id ?? null,
    organisation: shownValue('company') || onPage?.company || null,
    field: (saved && fieldOf(saved)) || functionOf(shownValue('title') || onPage?.title || null),
  });

  useEffect(() => {
    listContacts({ limit: 1000 }).then(
      (list) => {
        setContacts(list.filter((c) => c.id !== saved?.id));
        setContactsError(null);
      },
      (e: unknown) => setContactsError(readFailureMessage('your contacts (to name who introduced you)', e)),
    );
  }, [saved?.id]);

  if (panel === 'questions') {
    // Carried questions show in their own group, so the panel does not list them again as "your own".
    const carriedTexts = new Set((carried ?? []).map((c) => c.question.text));
    const isCarried = (q: string) => carriedTexts.has(q);
    return (
      <>
        <ReadError error={carriedError} />
        <CarriedQuestions ideas={carried ?? []} plan={draft.plan} onPlan={(plan) => update({ plan })} />
        <QuestionsPanel
          profile={profile}
          settings={settings}
          stored={{ ...draft, plan: draft.plan.filter((q) => !isCarried(q)) }}
          onPlan={(plan) => update({ plan: [...draft.plan.filter(isCarried), ...plan], planTouched: true })}
          onMore={() => update({ morePages: draft.morePages + 1 })}
        />
      </>
    );
  }
  if (panel === 'message') {
    return (
      <>
        <ReadError error={contactsError} />
        <MessagePanel
          profile={profile}
          shown={{ name: shownValue('name'), company: shownValue('company'), title: shownValue('title') }}
          settings={settings}
          contacts={contacts}
          draft={draft}
          onDraft={update}
          onSent={props.onSent}
        />
      </>
    );
  }
  return <NotePanel note={draft.note} saved={saved} onNote={(note) => update({ note })} onAdd={props.onAddNote} />;
}

function ReadError({ error }: { error: string | null }) {
  return error ? (
    <p class="notice notice-error small" role="alert">
      {error}
    </p>
  ) : null;
}

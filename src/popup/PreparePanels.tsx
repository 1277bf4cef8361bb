import { useEffect, useState } from 'preact/hooks';
import type { Contact, ContactFields } from '../domain/contact.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import { listContacts } from '../store/contacts.ts';
import { openDb } from '../store/db.ts';
import type { PersonDraft } from '../store/person-drafts.ts';
import { MessagePanel } from './MessagePanel.tsx';
import { NotePanel } from './NotePanel.tsx';
import { QuestionsPanel } from './QuestionsPanel.tsx';
import { useSettings } from './useSettings.ts';

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
  const settings = useSettings();
  const [contacts, setContacts] = useState<Contact[]>([]);

  useEffect(() => {
    openDb()
      .then((db) => listContacts(db, { limit: 1000 }))
      .then(
        (list) => setContacts(list.filter((c) => c.id !== saved?.id)),
        () => undefined,
      );
  }, [saved?.id]);

  if (panel === 'questions') {
    return (
      <QuestionsPanel
        profile={profile}
        settings={settings}
        stored={draft}
        onPlan={(plan) => update({ plan, planTouched: true })}
        onMore={() => update({ morePages: draft.morePages + 1 })}
      />
    );
  }
  if (panel === 'message') {
    return (
      <MessagePanel
        profile={profile}
        shown={{ name: shownValue('name'), company: shownValue('company'), title: shownValue('title') }}
        settings={settings}
        contacts={contacts}
        draft={draft}
        onDraft={update}
        onSent={props.onSent}
      />
    );
  }
  return <NotePanel note={draft.note} saved={saved} onNote={(note) => update({ note })} onAdd={props.onAddNote} />;
}

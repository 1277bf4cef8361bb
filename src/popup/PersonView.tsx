import { useState } from 'preact/hooks';
import { type Contact, type ContactFields, displayValue } from '../domain/contact.ts';
import { formatDay } from '../lib/date-style.ts';
import { appendNote } from '../store/index.ts';
import { type TabDef, Tabs } from '../ui/Tabs.tsx';
import { openDashboard } from './open-dashboard.ts';
import { PersonCard } from './PersonCard.tsx';
import type { Panel } from './PreparePanels.tsx';
import { usePreparePanels } from './prepare-panels.ts';
import { ReachedOutPrompt } from './ReachedOutPrompt.tsx';
import { SaveBar } from './SaveBar.tsx';
import { usePersonDraft } from './use-person-draft.ts';
import type { Person, usePopupState } from './use-popup-state.ts';

const PANELS: TabDef<Panel>[] = [
  { key: 'questions', label: 'Questions' },
  { key: 'message', label: 'Message' },
  { key: 'note', label: 'Note' },
];

/** Everything the popup offers for one captured person. */
export function PersonView(props: {
  person: Person;
  actions: ReturnType<typeof usePopupState>;
  onSaved: (id: string) => void;
}) {
  const { profile, saved } = props.person;
  const { draft, update, error } = usePersonDraft(profile.url);
  const { panels, error: panelsError } = usePreparePanels();
  const [panel, setPanel] = useState<Panel>('questions');
  const [sent, setSent] = useState<'copied' | 'opened' | null>(null);

  // What the card shows: the user's correction, else their saved edit, else the capture.
  const shownValue = (key: keyof ContactFields): string => {
    const typed = draft.fields[key];
    if (typed !== undefined && typed !== null) return typed;
    if (saved) return displayValue(saved, key) ?? '';
    if (key === 'company') return profile.current?.company ?? profile.experience[0]?.company ?? '';
    if (key === 'title') return profile.current?.title ?? profile.experience[0]?.title ?? '';
    const v = profile[key as 'name' | 'headline' | 'location' | 'about'];
    return v ?? '';
  };

  async function save(stage: Contact['stage']) {
    const contact = await props.actions.save(profile, {
      stage,
      fields: draft.fields,
      email: draft.email,
      note: draft.note,
    });
    update({ fields: {}, note: '' });
    props.onSaved(contact.id);
  }

  /** One action: the stage (or the save) and the timeline entry commit together or not at all. */
  async function markReachedOut() {
    const how = sent === 'opened' ? 'email-opened' : 'message-copied';
    const input = { fields: draft.fields, email: draft.email, note: draft.note };
    const contact = await props.actions.markReachedOut(profile, saved, input, how);
    // Only now: had it failed, the card would still show what the user typed.
    if (!saved) update({ fields: {}, note: '' });
    props.onSaved(contact.id);
    setSent(null);
  }

  async function addNote() {
    if (!saved || !draft.note.trim()) return;
    const stamp = formatDay(Date.now());
    await appendNote(saved.id, `${stamp}: ${draft.note.trim()}`, Date.now());
    update({ note: '' });
  }

  return (
    <div class="stack">
      <PersonCard
        profile={profile}
        draft={draft}
        shownValue={shownValue}
        onFields={(fields, email) => update({ fields, email })}
      />
      {props.person.readError && (
        <p class="notice notice-warn small" role="alert">
          {props.person.readError}
        </p>
      )}
      <SaveBar
        key={saved?.id ?? 'new'}
        saved={saved}
        changes={props.person.changes}
        edited={Object.values(draft.fields).some((v) => v !== undefined)}
        lastActivity={props.person.lastActivity}
        onSave={save}
        onStage={async (stage) => {
          if (saved) await props.actions.setStage(saved, stage);
        }}
      />
      {sent && saved?.stage !== 'reached-out' && (
        <ReachedOutPrompt
          name={shownValue('name') || 'them'}
          saved={Boolean(saved)}
          onYes={markReachedOut}
          onNo={() => setSent(null)}
        />
      )}
      {error && (
        <p class="notice notice-error small" role="alert">
          {error}
        </p>
      )}
      <Tabs label="Prepare" tabs={PANELS} current={panel} onChange={setPanel} idPrefix="prep">
        {panels ? (
          <panels.PreparePanels
            panel={panel}
            profile={profile}
            saved={saved}
            draft={draft}
            update={update}
            shownValue={shownValue}
            onSent={setSent}
            onAddNote={addNote}
          />
        ) : panelsError ? (
          <p class="notice notice-error small" role="alert">
            {panelsError}
          </p>
        ) : (
          <p class="small muted" role="status">
            Loading…
          </p>
        )}
      </Tabs>
      {saved && (
        <button type="button" class="btn" onClick={() => openDashboard(saved.id)}>
          Open in dashboard
        </button>
      )}
    </div>
  );
}

// Everything the dashboard shows besides its list: a contact's detail, due reminders and the
// other views, with the code they bring (drafting, scheduling, meetings, debriefs). Loaded with
// import() (use-panels.ts) once the first rows are painted: the list's first paint fetches and
// runs none of it.
import type { Contact } from '../domain/contact.ts';
import type { ContactSearch } from '../store/contact-list.ts';
import { useSettings } from '../ui/use-settings.ts';
import { ContactDetail } from './ContactDetail.tsx';
import { DueReminders } from './DueReminders.tsx';
import { memo } from './memo.ts';
import { WhoDoIKnow } from './WhoDoIKnow.tsx';

export { LearnedView } from './LearnedView.tsx';
export { ReferralTree } from './ReferralTree.tsx';
export { WhoNextView } from './WhoNextView.tsx';
export { DueReminders };

// A keystroke re-renders App: these only when their own props change.
export const ContactDetailMemo = memo(ContactDetail);
export const DueRemindersMemo = memo(DueReminders);

/** "Who do I know at…" with the settings its intro drafts use. */
export function WhoDoIKnowView({ search, byId }: { search: ContactSearch | null; byId: Map<string, Contact> }) {
  const settingsApi = useSettings();
  const settings = settingsApi.load.status === 'ready' ? settingsApi.load.settings : null;
  return <WhoDoIKnow search={search} byId={byId} settings={settings} />;
}

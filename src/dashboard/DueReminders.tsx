// Everything due, newest first, across all contacts.
import { useEffect, useState } from 'preact/hooks';
import { type Contact, displayValue, type Reminder } from '../domain/contact.ts';
import { getContact, readFailureMessage } from '../store/index.ts';
import { dueNewestFirstNow } from '../store/meetings.ts';
import { RemindersList } from './RemindersList.tsx';

interface Props {
  version: number;
  byId: Map<string, Contact>;
  onOpen: (contactId: string, reminderId: string) => void;
}

export function DueReminders({ version, byId, onOpen }: Props) {
  const [due, setDue] = useState<Reminder[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const now = Date.now();
      const list = await dueNewestFirstNow(now);
      // The list may hold only the first page yet: look up the rest directly.
      const missing = list.map((r) => r.contactId).filter((id) => !byId.has(id));
      const found = await Promise.all(missing.map((id) => getContact(id)));
      if (!live) return;
      setNames(
        new Map(found.filter((c): c is Contact => !!c).map((c) => [c.id, displayValue(c, 'name') ?? 'Unnamed'])),
      );
      setDue(list);
      setError(null);
    })().catch((e: unknown) => live && setError(readFailureMessage('your reminders', e)));
    return () => {
      live = false;
    };
  }, [version, byId]);

  // A failed read is said: "nothing due" would be a false all-clear.
  if (error)
    return (
      <p class="notice notice-error" role="alert" data-testid="due-error">
        {error}
      </p>
    );
  if (!due)
    return (
      <p role="status">
        <span class="spinner" aria-hidden="true" /> Loading reminders…
      </p>
    );
  const nameOf = (id: string) => {
    const c = byId.get(id);
    return c ? (displayValue(c, 'name') ?? 'Unnamed') : (names.get(id) ?? 'a contact');
  };
  return (
    <RemindersList
      reminders={due}
      now={Date.now()}
      nameOf={nameOf}
      onOpen={(r) => onOpen(r.contactId, r.id)}
      empty="Nothing due. Thank-you and follow-up reminders appear here when their day comes."
    />
  );
}

// Everything due, newest first, across all contacts.
import { useEffect, useState } from 'preact/hooks';
import { type Contact, displayValue, type Reminder } from '../domain/contact.ts';
import type { DB } from '../store/db.ts';
import { dueNewestFirst } from '../domain/reminder-rules.ts';
import { RemindersList } from './RemindersList.tsx';
import { getContact } from '../store/contacts.ts';

interface Props {
  db: DB;
  version: number;
  byId: Map<string, Contact>;
  onOpen: (contactId: string, reminderId: string) => void;
}

export function DueReminders({ db, version, byId, onOpen }: Props) {
  const [due, setDue] = useState<Reminder[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    (async () => {
      const now = Date.now();
      const list = dueNewestFirst(await db.getAll('reminders'), now);
      // The list may hold only the first page yet: look up the rest directly.
      const missing = list.map((r) => r.contactId).filter((id) => !byId.has(id));
      const found = await Promise.all(missing.map((id) => getContact(db, id)));
      if (!live) return;
      setNames(
        new Map(found.filter((c): c is Contact => !!c).map((c) => [c.id, displayValue(c, 'name') ?? 'Unnamed'])),
      );
      setDue(list);
    })().catch(() => live && setDue([]));
    return () => {
      live = false;
    };
  }, [db, version, byId]);

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
      db={db}
      reminders={due}
      now={Date.now()}
      nameOf={nameOf}
      onOpen={(r) => onOpen(r.contactId, r.id)}
      empty="Nothing due. Thank-you and follow-up reminders appear here when their day comes."
    />
  );
}

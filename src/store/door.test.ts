// The store's door (index.ts): each function opens the shared connection itself, and tests point
// it at a database of their own (testing.ts).
import { describe, expect, it } from 'vitest';
import { newestContacts } from './contact-list.ts';
import * as door from './index.ts';
import { allInterviews, allReminders } from './meetings.ts';
import { freshStore, profile } from './testing.ts';

describe('the store door', () => {
  it('reads and writes the database tests point it at, without being handed one', async () => {
    const first = await freshStore();
    const { contact } = await door.savePerson(profile('door-one'), {}, 1_000);
    expect((await door.getContact(contact.id))?.id).toBe(contact.id);
    expect(await first.count('contacts')).toBe(1);

    const second = await freshStore();
    expect(await door.countContacts()).toBe(0);
    expect(await door.getContact(contact.id)).toBeUndefined();
    await door.saveFromLink({ name: 'Tamsin Orrell', url: 'https://www.linkedin.com/in/door-two/' }, 2_000);
    expect(await second.count('contacts')).toBe(1);
    expect(await first.count('contacts')).toBe(1);
  });

  it('hands back whole contacts and named reads of whole stores', async () => {
    await freshStore();
    const { contact } = await door.savePerson(profile('door-three'), {}, 1_000);
    await door.changeStage(contact.id, 'reached-out', 2_000);
    const [first] = await newestContacts(5);
    expect(first?.stage).toBe('reached-out');
    expect(first?.tags).toEqual([]);
    // Reaching out set the no-reply nudges: the whole-store read sees them, for this contact only.
    const reminders = await allReminders();
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((r) => r.contactId === contact.id && r.kind === 'no-reply')).toBe(true);
    expect(await allInterviews()).toEqual([]);
  });
});

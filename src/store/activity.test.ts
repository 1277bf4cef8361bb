import { describe, expect, it } from 'vitest';
import { addActivity, listActivity } from './activity.ts';
import { upsertFromCapture } from './contacts.ts';
import { freshDb, profile } from './test-util.ts';

describe('activity timeline', () => {
  it('lists one contact’s entries in time order', async () => {
    const db = await freshDb();
    const a = (await upsertFromCapture(db, profile('tl-a'), 10)).contact;
    const b = (await upsertFromCapture(db, profile('tl-b'), 11)).contact;
    await addActivity(db, a.id, 'email-opened', 'Opened the cold email draft', 30);
    await addActivity(db, a.id, 'message-drafted', 'Drafted a cold email', 20);
    await addActivity(db, b.id, 'note-added', 'x', 15);
    const list = await listActivity(db, a.id);
    expect(list.map((x) => [x.at, x.kind])).toEqual([
      [10, 'captured'],
      [20, 'message-drafted'],
      [30, 'email-opened'],
    ]);
    expect(await listActivity(db, 'nobody')).toEqual([]);
  });
});

// Version 3: the learning loop. A store for the questions carried forward from one meeting to
// the next. The other new data (the debrief, "what they care about", the keep-in-touch cadence,
// reply tracking) are optional fields on interviews and contacts: older records read as "not set",
// so nothing is rewritten. Shipped; never edit: add a v4.ts instead.
import type { DB } from '../schema.ts';

export function v3(db: DB): void {
  const carried = db.createObjectStore('carried', { keyPath: 'id' });
  carried.createIndex('contactId', 'contactId');
  carried.createIndex('interviewId', 'interviewId');
  carried.createIndex('status', 'status');
}

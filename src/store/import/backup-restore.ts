// Restoring a JSON backup into a store that may already hold data. Records keep their ids
// (so export → wipe → import is exact); a backup contact that is already saved under another
// id (same URL, email or name + company) is not duplicated: its history joins the saved one.
import type { Contact } from '../../domain/contact.ts';
import { deepEqual } from '../../lib/deep-equal.ts';
import type { BackupData, BackupStores } from '../export/backup-format.ts';
import { identityOf, Matcher } from './match.ts';
import { makeRow } from './rows.ts';
import type { ImportRow, Skipped } from './types.ts';

export interface BackupPlan {
  add: Contact[];
  update: Contact[];
  unchanged: Contact[];
  skipped: Skipped[];
  /** Everything else to put, with contact ids already pointing at the right contact. */
  others: Omit<BackupStores, 'contacts'>;
}

export function rowOf(c: Contact, row: number): ImportRow {
  const who = identityOf(c);
  return { ...makeRow(row, { name: who.name, company: who.company, email: c.email }), profileUrl: c.profileUrl };
}

export function planBackup(data: BackupData, existing: Contact[]): BackupPlan {
  const byId = new Map(existing.map((c) => [c.id, c]));
  const urlOwner = new Map(existing.filter((c) => c.profileUrl).map((c) => [c.profileUrl!, c.id]));
  const matcher = new Matcher();
  for (const c of existing) matcher.add(c.id, identityOf(c));
  const out: BackupPlan = {
    add: [],
    update: [],
    unchanged: [],
    skipped: [],
    others: { captures: [], interviews: [], referrals: [], reminders: [], activity: [], carried: [] },
  };
  const target = new Map<string, string>(); // backup contact id → id in the store after the restore
  data.stores.contacts.forEach((b, i) => {
    const here = byId.get(b.id);
    const owner = b.profileUrl ? urlOwner.get(b.profileUrl) : undefined;
    if (owner && owner !== b.id) {
      target.set(b.id, owner);
      out.skipped.push({
        row: i + 1,
        reason: `${identityOf(b).name ?? b.id}: already saved with the same profile URL; kept the saved one and added this one's history to it`,
      });
      return;
    }
    if (here) {
      target.set(b.id, b.id);
      // Restoring an old backup must not undo later work: the newer copy wins.
      if (here.rev > b.rev || here.updatedAt > b.updatedAt) {
        out.skipped.push({
          row: i + 1,
          reason: `${identityOf(b).name ?? b.id}: your saved copy is newer than the backup's; kept it`,
        });
      } else (deepEqual(here, b) ? out.unchanged : out.update).push({ ...b });
      return;
    }
    const other = matcher.match(identityOf(b));
    if (other) {
      target.set(b.id, other);
      out.skipped.push({
        row: i + 1,
        reason: `${identityOf(b).name ?? b.id}: already saved (same email or name and company); kept the saved one and added this one's history to it`,
      });
      return;
    }
    target.set(b.id, b.id);
    matcher.add(b.id, identityOf(b));
    if (b.profileUrl) urlOwner.set(b.profileUrl, b.id);
    out.add.push({ ...b });
  });
  const known = (id: string | null) => (id === null ? null : (target.get(id) ?? (byId.has(id) ? id : null)));
  for (const c of [...out.add, ...out.update]) {
    c.referredBy = known(c.referredBy);
    c.introducedBy = known(c.introducedBy);
  }
  let n = data.stores.contacts.length;
  const keep = <T extends { contactId: string }>(list: T[], store: string): T[] =>
    list.flatMap((r, i) => {
      n++;
      const id = known(r.contactId);
      if (id) return [{ ...r, contactId: id }];
      out.skipped.push({ row: n, reason: `${store}[${i}]: its contact is neither in the backup nor saved` });
      return [];
    });
  out.others.captures = keep(data.stores.captures, 'captures');
  out.others.interviews = keep(data.stores.interviews, 'interviews');
  out.others.reminders = keep(data.stores.reminders, 'reminders');
  out.others.activity = keep(data.stores.activity, 'activity');
  out.others.carried = keep(data.stores.carried, 'carried');
  out.others.referrals = data.stores.referrals.flatMap((r, i) => {
    n++;
    const from = known(r.fromContactId);
    const to = known(r.toContactId);
    if (from && to) return [{ ...r, fromContactId: from, toContactId: to }];
    out.skipped.push({ row: n, reason: `referrals[${i}]: one of its contacts is neither in the backup nor saved` });
    return [];
  });
  return out;
}

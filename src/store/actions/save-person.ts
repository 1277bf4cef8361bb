// The user saves the person on screen: the popup's Save (with their corrections, email, note and
// the stage they picked) or the right-click menu's Save contact (the capture alone). The capture,
// the corrections and the timeline entries commit in one transaction, or none of them does.
import type { ContactFields, Stage } from '../../domain/contact.ts';
import type { CapturedProfile } from '../../domain/profile.ts';
import type { ChangeLog } from '../changes.ts';
import { CAPTURE_STORES, type UpsertResult, upsertFromCaptureIn } from '../contact-capture.ts';
import { type ContactPatch, updateContactIn } from '../contacts.ts';
import type { DB } from '../schema.ts';
import { type TxWith, write } from '../write.ts';

export interface SaveInput {
  /** For a new contact its stage; a saved one moves to it. Left out, a saved contact keeps its stage. */
  stage?: Stage;
  /** The stage for a new contact only (adding by hand): a saved one keeps its own. */
  stageIfNew?: Stage;
  /** What the user corrected on the card; empty values are left out. */
  fields?: Partial<ContactFields>;
  email?: string;
  /** A note typed before saving, added to the contact's notes. */
  note?: string;
}

export const SAVE_PERSON_STORES = CAPTURE_STORES;

export function savePerson(db: DB, profile: CapturedProfile, input: SaveInput, now: number): Promise<UpsertResult> {
  return write(db, [...SAVE_PERSON_STORES], (tx, log) => savePersonIn(tx, log, profile, input, now));
}

export async function savePersonIn(
  tx: TxWith<(typeof SAVE_PERSON_STORES)[number]>,
  log: ChangeLog,
  profile: CapturedProfile,
  input: SaveInput,
  now: number,
): Promise<UpsertResult> {
  const stage = input.stage ?? input.stageIfNew;
  const saved = await upsertFromCaptureIn(tx, log, profile, now, stage ? { stage } : {});
  const patch = patchFor(saved.contact, input);
  if (!Object.keys(patch).length) return saved;
  return { ...saved, contact: await updateContactIn(tx, log, saved.contact.id, patch, saved.contact.rev, now) };
}

/** What the user's input changes on the contact as just captured. */
function patchFor(contact: UpsertResult['contact'], input: SaveInput): ContactPatch {
  const edits = Object.fromEntries(
    Object.entries(input.fields ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  );
  const email = input.email?.trim() ?? '';
  const note = input.note?.trim() ?? '';
  return {
    ...(Object.keys(edits).length ? { edits } : {}),
    ...(email && email !== contact.email ? { email } : {}),
    ...(note && !contact.notes.includes(note) ? { notes: joinNotes(contact.notes, note) } : {}),
    ...(input.stage && contact.stage !== input.stage ? { stage: input.stage } : {}),
  };
}

function joinNotes(existing: string, note: string): string {
  return existing.trim() ? `${existing.trim()}\n\n${note}` : note;
}

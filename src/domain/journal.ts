// "What I've learned": the journal built from every held interview. Pure: the dashboard loads the
// records (store/journal.ts) and this groups them, charts the fit scores and writes Markdown.
import { type Contact, displayValue, type Interview } from './contact.ts';
import { type CarriedQuestion, emptyDebrief, FIT_ASPECTS, FIT_LABELS, type FitAspect, fieldOf } from './learning.ts';
import { type Advice, adviceLines, recurringAdvice } from './recurring-advice.ts';

export interface JournalEntry {
  interview: Interview;
  contactId: string;
  name: string;
  organisation: string | null;
  field: string | null;
  at: number;
}

export interface JournalInput {
  contacts: Contact[];
  interviews: Interview[];
  carried: CarriedQuestion[];
}

const NONE = 'Not recorded';

/** One entry per interview with something written after it, oldest first. */
export function journalEntries({ contacts, interviews }: JournalInput): JournalEntry[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return interviews
    .filter((i) => i.takeaways.trim() || i.debrief || i.endedAt !== null)
    .flatMap((interview) => {
      const c = byId.get(interview.contactId);
      if (!c) return [];
      return [
        {
          interview,
          contactId: c.id,
          name: displayValue(c, 'name') ?? 'Unnamed',
          organisation: displayValue(c, 'company'),
          field: fieldOf(c),
          at: interview.endedAt ?? interview.startedAt ?? interview.scheduledAt,
        },
      ];
    })
    .sort((a, b) => a.at - b.at);
}

export interface TakeawayGroup {
  key: string;
  items: { text: string; name: string; at: number; contactId: string }[];
}

/** Takeaways grouped by organisation or by field (groups and items in the order met). */
export function takeawaysBy(entries: JournalEntry[], by: 'organisation' | 'field'): TakeawayGroup[] {
  const groups = new Map<string, TakeawayGroup>();
  for (const e of entries) {
    const lines = adviceLines(e.interview.takeaways);
    if (!lines.length) continue;
    const key = e[by] ?? NONE;
    const g = groups.get(key) ?? { key, items: [] };
    for (const text of lines) g.items.push({ text, name: e.name, at: e.at, contactId: e.contactId });
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => Number(a.key === NONE) - Number(b.key === NONE));
}

export function adviceOf(entries: JournalEntry[]): Advice[] {
  return entries.flatMap((e) =>
    adviceLines(e.interview.takeaways).map((text) => ({
      text,
      interviewId: e.interview.id,
      contactName: e.name,
      at: e.at,
    })),
  );
}

export interface FitPoint {
  at: number;
  name: string;
  scores: Record<FitAspect, number | null>;
}

/** Fit scores per field, over time: only interviews with at least one score. */
export function fitByField(entries: JournalEntry[]): { field: string; points: FitPoint[] }[] {
  const out = new Map<string, FitPoint[]>();
  for (const e of entries) {
    const d = e.interview.debrief ?? emptyDebrief();
    const scores = Object.fromEntries(FIT_ASPECTS.map((a) => [a, d.fit[a].score])) as Record<FitAspect, number | null>;
    if (FIT_ASPECTS.every((a) => scores[a] === null)) continue;
    const key = e.field ?? NONE;
    out.set(key, [...(out.get(key) ?? []), { at: e.at, name: e.name, scores }]);
  }
  return [...out].map(([field, points]) => ({ field, points }));
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const mdLine = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1');

/** The whole journal as Markdown, for the user's own notes. */
export function journalMarkdown(input: JournalInput, now: number): string {
  const entries = journalEntries(input);
  const out: string[] = [`# What I've learned`, '', `Exported ${day(now)} from Coffee Chat.`, ''];
  out.push('## Takeaways by organisation', '');
  for (const g of takeawaysBy(entries, 'organisation')) {
    out.push(`### ${mdLine(g.key)}`, '');
    for (const t of g.items) out.push(`- ${mdLine(t.text)} (${mdLine(t.name)}, ${day(t.at)})`);
    out.push('');
  }
  const recurring = recurringAdvice(adviceOf(entries));
  if (recurring.length) {
    out.push('## Advice I heard more than once', '');
    for (const g of recurring) {
      out.push(`### “${mdLine(g.phrase)}”`, '');
      for (const a of g.advice) out.push(`- ${mdLine(a.text)} (${mdLine(a.contactName)}, ${day(a.at)})`);
      out.push('');
    }
  }
  const open = input.carried.filter((q) => q.status === 'open');
  if (open.length) {
    const names = new Map(entries.map((e) => [e.contactId, e.name]));
    out.push('## Questions not yet asked', '');
    for (const q of open)
      out.push(`- ${mdLine(q.text)} (from ${mdLine(names.get(q.contactId) ?? 'a chat')}, ${day(q.at)})`);
    out.push('');
  }
  out.push('## Each conversation', '');
  for (const e of entries) {
    const d = e.interview.debrief ?? emptyDebrief();
    out.push(`### ${mdLine(e.name)}${e.organisation ? `, ${mdLine(e.organisation)}` : ''} (${day(e.at)})`, '');
    for (const a of FIT_ASPECTS) {
      const f = d.fit[a];
      if (f.score !== null || f.note)
        out.push(`- ${FIT_LABELS[a]}: ${f.score ?? '–'}/5${f.note ? ` (${mdLine(f.note)})` : ''}`);
    }
    if (d.toFindOut.trim()) out.push(`- Still to find out: ${mdLine(d.toFindOut)}`);
    for (const t of adviceLines(e.interview.takeaways)) out.push(`- Learned: ${mdLine(t)}`);
    out.push('');
  }
  return `${out.join('\n').trim()}\n`;
}

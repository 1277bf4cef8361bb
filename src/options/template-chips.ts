// How a template string reads in the friendly editor: text stays text, each {{tag}} becomes a
// chip with a plain-language label. Pure (no DOM), so the labels and the round trip are tested.

export type Segment = { kind: 'text'; text: string } | { kind: 'chip'; raw: string; label: string; block: boolean };

/** What each placeholder means, in the user's words. Shared with the placeholder reference. */
export const PLACEHOLDER_MEANING: Record<string, string> = {
  'user.name': 'your name',
  'user.firstName': 'your first name',
  'user.email': 'your email',
  'user.position': 'who you are now (after “I’m”)',
  'user.field': 'the field you are exploring',
  'user.background': 'your background',
  'user.goals': 'what you want to learn',
  'user.pitch': 'your pitch',
  'user.signature': 'your signature',
  'contact.name': 'their name',
  'contact.firstName': 'their first name',
  'contact.company': 'their organisation',
  'contact.title': 'their job title',
  'contact.highlight': 'a sentence about something specific in their profile',
  'introducer.name': 'who suggested you get in touch',
  'introducer.relation': 'how you know the introducer',
  introducer: 'someone suggested you write',
  'meeting.minutes': 'your meeting length',
  'meeting.when': '"yesterday", "in March": when you met',
  learn: 'what you would like to hear from them',
  slots: 'times you offer; each has item.label',
  takeaway: 'the first line of your takeaways',
  suggested: 'people they suggested; item.name',
  met: 'suggested people you met; item.name, item.outcome',
  notMet: 'suggested people not met yet; item.name',
  news: 'your own news',
  'target.company': 'the organisation you want an intro to',
  'target.person': 'the person you want an intro to',
  'item.label': 'the time',
  'item.name': 'the person’s name',
  'item.outcome': 'what came of it',
};

/** The common placeholders, offered as insert buttons. */
export const COMMON_INSERTS: { label: string; raw: string }[] = [
  { label: 'Their first name', raw: '{{contact.firstName | contact.name | "there"}}' },
  { label: 'Their organisation', raw: '{{contact.company}}' },
  { label: 'Your name', raw: '{{user.name}}' },
  { label: 'Who you are now', raw: '{{user.position}}' },
  { label: 'Your pitch', raw: '{{user.pitch}}' },
  { label: 'Meeting length', raw: '{{meeting.minutes}}' },
];

const short = (meaning: string) => meaning.split(';')[0]!.trim();

/** A chip's label: "their first name", "if: someone suggested you write", "otherwise", "end". */
export function chipLabel(raw: string): { label: string; block: boolean } {
  const inner = raw.slice(2, -2).trim();
  if (inner === 'else') return { label: 'otherwise', block: true };
  if (/^\/(if|unless|each)$/.test(inner)) return { label: 'end', block: true };
  if (inner.startsWith('!')) return { label: 'note to yourself', block: true };
  const block = /^#(if|unless|each)\s+(.+)$/.exec(inner);
  if (block) {
    const what = PLACEHOLDER_MEANING[block[2]!.trim()] ?? block[2]!.trim();
    const lead = block[1] === 'if' ? 'if' : block[1] === 'unless' ? 'unless' : 'for each';
    return { label: `${lead}: ${short(what)}`, block: true };
  }
  const first = inner.split('|')[0]!.trim();
  return { label: short(PLACEHOLDER_MEANING[first] ?? first), block: false };
}

/**
 * The template as text and chips, or null when it cannot be shown as chips without losing
 * something (an unclosed "{{" or an escaped "\{{"): then only the raw editor is offered.
 */
export function segments(src: string): Segment[] | null {
  if (src.includes('\\{{')) return null;
  const out: Segment[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open === -1) {
      out.push({ kind: 'text', text: src.slice(i) });
      break;
    }
    const close = src.indexOf('}}', open + 2);
    if (close === -1) return null;
    if (open > i) out.push({ kind: 'text', text: src.slice(i, open) });
    const raw = src.slice(open, close + 2);
    out.push({ kind: 'chip', raw, ...chipLabel(raw) });
    i = close + 2;
  }
  return out;
}

export const joinSegments = (xs: Segment[]) => xs.map((s) => (s.kind === 'text' ? s.text : s.raw)).join('');

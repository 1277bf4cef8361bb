// vCard 3.0 (RFC 2426) and 4.0 (RFC 6350), as address books export them; 2.1's
// quoted-printable is decoded too because older phones still write it.
import { unfoldLines } from '../../lib/fold-lines.ts';
import { ImportError } from './errors.ts';
import { emptyReason, makeRow } from './rows.ts';
import type { ImportRow, Skipped } from './types.ts';

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Splits on a separator that is not escaped with a backslash. */
function splitUnescaped(text: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      cur += ch + text[i + 1];
      i++;
    } else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function unescapeValue(v: string): string {
  return v.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function decodeQuotedPrintable(raw: string, charset: string | undefined): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '=' && /^[0-9A-F]{2}$/i.test(raw.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (raw[i] !== '=' || i + 1 < raw.length) bytes.push(raw.charCodeAt(i) & 0xff);
    // (a final "=" is a soft line break with nothing after it)
  }
  // 2.1 writers name their charset (often ISO-8859-1); UTF-8 when absent or unknown.
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder();
  }
  return decoder.decode(new Uint8Array(bytes));
}

const isQuotedPrintable = (line: string) => /^[^:]*;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);

/**
 * Content lines, unfolded. A vCard 2.1 quoted-printable value ends a line with "=" to say it
 * goes on (a soft line break), and the next line need not start with a space, so those are
 * joined first: RFC unfolding alone would leave the "=" and drop the rest of the value.
 */
export function contentLines(text: string): string[] {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  const joined: string[] = [];
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    if (isQuotedPrintable(line))
      // A stray "=" before END:VCARD must not swallow the end of the card.
      while (line.endsWith('=') && i + 1 < physical.length && !/^\s*END:VCARD\s*$/i.test(physical[i + 1]!))
        line = line.slice(0, -1) + physical[++i];
    joined.push(line);
  }
  return unfoldLines(joined.join('\n'));
}

function parseLine(line: string): Prop | null {
  const colon = (() => {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') quoted = !quoted;
      else if (line[i] === ':' && !quoted) return i;
    }
    return -1;
  })();
  if (colon < 0) return null;
  const [rawName = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const [k, v] = p.split('=');
    // vCard 2.1 allows bare types ("EMAIL;WORK:"); 3/4 write TYPE=work.
    if (v === undefined) params.TYPE = `${params.TYPE ? `${params.TYPE},` : ''}${k}`.toLowerCase();
    else params[k!.toUpperCase()] = v.replace(/^"|"$/g, '').toLowerCase();
  }
  let value = line.slice(colon + 1);
  // 2.1 also writes the encoding bare ("NOTE;QUOTED-PRINTABLE:"), which lands in TYPE above.
  if (params.ENCODING === 'quoted-printable' || params.TYPE?.split(',').includes('quoted-printable'))
    value = decodeQuotedPrintable(value, params.CHARSET);
  // "item1.URL" (Apple) → URL
  return { name: rawName.replace(/^[^.]*\./, '').toUpperCase(), params, value };
}

function cardToRow(props: Prop[], row: number): ImportRow {
  const first = (n: string) => props.find((p) => p.name === n);
  const n = first('N') ? splitUnescaped(first('N')!.value, ';').map(unescapeValue) : [];
  const fn = first('FN') ? unescapeValue(first('FN')!.value) : [n[1], n[2], n[0]].filter(Boolean).join(' ');
  const urls = props.filter((p) => p.name === 'URL' || p.name === 'X-SOCIALPROFILE').map((p) => unescapeValue(p.value));
  const adr = first('ADR') ? splitUnescaped(first('ADR')!.value, ';').map(unescapeValue) : [];
  return makeRow(row, {
    name: fn,
    email: first('EMAIL')?.value.replace(/^mailto:/i, ''),
    url: urls.find((u) => /linkedin\.com\/in\//i.test(u)) ?? urls[0] ?? null,
    company: first('ORG') ? unescapeValue(splitUnescaped(first('ORG')!.value, ';')[0] ?? '') : null,
    title: first('TITLE') ? unescapeValue(first('TITLE')!.value) : null,
    location: [adr[3], adr[4], adr[6]].filter(Boolean).join(', ') || null,
    notes: first('NOTE') ? unescapeValue(first('NOTE')!.value) : '',
    tags: first('CATEGORIES') ? splitUnescaped(first('CATEGORIES')!.value, ',').map(unescapeValue) : [],
  });
}

export function readVcards(text: string): { rows: ImportRow[]; skipped: Skipped[]; count: number } {
  const rows: ImportRow[] = [];
  const skipped: Skipped[] = [];
  let card: Prop[] | null = null;
  let count = 0;
  for (const line of contentLines(text)) {
    const trimmed = line.trim();
    if (/^BEGIN:VCARD$/i.test(trimmed)) {
      card = [];
      continue;
    }
    if (/^END:VCARD$/i.test(trimmed)) {
      if (card) {
        count++;
        const row = cardToRow(card, count);
        const why = emptyReason(row);
        if (why) skipped.push({ row: count, reason: why });
        else rows.push(row);
      }
      card = null;
      continue;
    }
    // Only the start is trimmed: a value's trailing spaces are part of it.
    const prop = card && trimmed ? parseLine(line.trimStart()) : null;
    if (prop) card!.push(prop);
  }
  if (card)
    throw new ImportError(
      'unknown-format',
      `vCard ${count + 1} has no END:VCARD; the file seems cut short. Nothing was imported.`,
    );
  if (count === 0) throw new ImportError('no-rows', 'No vCards (BEGIN:VCARD … END:VCARD) were found in this file.');
  return { rows, skipped, count };
}

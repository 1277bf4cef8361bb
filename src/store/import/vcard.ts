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

function decodeQuotedPrintable(v: string): string {
  const bytes: number[] = [];
  const raw = v.replace(/=\r?\n/g, '');
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '=' && /^[0-9A-F]{2}$/i.test(raw.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(raw.charCodeAt(i) & 0xff);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
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
  if (params.ENCODING === 'quoted-printable') value = decodeQuotedPrintable(value);
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
  for (const line of unfoldLines(text)) {
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
    const prop = card && trimmed ? parseLine(trimmed) : null;
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

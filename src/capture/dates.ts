// Date parsing for every UI language we know of. Structure first: a range is
// two parts around a dash; a part without digits after the dash means "still
// there" in any language; the year is four digits. Month names are the only
// language-specific part, looked up after stripping accents and dots.

// Three-letter prefixes cover every form ("janv.", "Januar", "janeiro"); French
// June/July need four ("juin"/"juil"). Languages: en fr de es pt it nl.
const MONTH: Record<string, number> = {};
'jan ene gen|feb fev|mar mae mrt maa|apr avr abr|may mai mag mei|jun juin giu|jul juil lug|aug aou ago|sep set|oct okt out ott|nov|dec dez dic'
  .split('|')
  .forEach((names, i) => {
    for (const n of names.split(' ')) MONTH[n] = i + 1;
  });

// Accents off ("févr." → "fevr."); NFD only when there is something to fold.
const fold = (s: string) => (/[^ -~]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s).toLowerCase();
const pad = (m: number) => (m < 10 ? `0${m}` : String(m));

/** One date: "Mar 2021", "mars 2021", "2021年3月", "2021-03", "2021" → "2021-03" | "2021". */
export function parseDate(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const s = fold(String(input).slice(0, 80));
  const y = s.match(/(?:^|\D)((?:19|20)\d\d)(?!\d)/);
  if (!y) return null;
  const year = y[1] as string;
  // Numeric month after the year: ISO "2021-03", "2021/3", Japanese/Chinese "2021年3月", Korean "2021년 3월".
  const n = +(s.match(/(?:19|20)\d\d(?:[-/.]|\s*[年년]\s*)(\d\d?)(?!\d)/)?.[1] ?? 0);
  if (n > 0 && n < 13) return `${year}-${pad(n)}`;
  for (const w of s.split(/[^a-z]+/)) {
    const m = w.length > 2 ? (MONTH[w.slice(0, 4)] ?? MONTH[w.slice(0, 3)]) : 0;
    if (m) return `${year}-${pad(m)}`;
  }
  return year;
}

export interface Range {
  start: string | null;
  end: string | null;
  current: boolean;
}

/** "Jan 2020 - Present · 5 yrs", "2014 – 2018", "Jun 2012", "2020年1月 - 現在". Null when it is not a date range. */
export function parseRange(input: unknown): Range | null {
  if (typeof input !== 'string') return null;
  // Durations and employment types follow a middle dot; parentheses hold durations on old pages.
  const s = input.slice(0, 200).split(/[·•(]/)[0] as string;
  const parts = s.split(
    /\s+(?:[-–—~〜]|to|bis|à|a|al|tot|until)\s+|\s*[–—~〜]\s*|(?<=\d)\s*-\s*(?=\D)|(?<=\d)-(?=\d{4})/,
  );
  // A date is a year with at most a month and a particle ("jan. de 2020"); a longer
  // phrase with a year in it is a name ("Tech fest 2022 Committee"), not a date.
  const start = (parts[0] as string).trim().split(/\s+/).length < 4 ? parseDate(parts[0]) : null;
  if (!start) return null;
  if (parts.length < 2) return { start, end: start, current: false };
  const tail = (parts[1] as string).trim();
  const end = parseDate(tail);
  if (end) return { start, end, current: false };
  // After the dash, words and no number: "Present" in whatever language the UI speaks
  // (Present, aujourd’hui, Heute, actualidad, o momento, Presente, heden, 現在…); the
  // duration that follows was cut at the "·" or "(" above.
  return { start, end: null, current: !!tail && !/\d/.test(tail) };
}

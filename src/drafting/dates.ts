// The profile's "YYYY-MM" / "YYYY" dates, turned into month counts and English phrases.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Months since year 0, or null for anything that is not "YYYY" or "YYYY-MM". */
export function monthIndex(date: string | null): number | null {
  const m = date ? /^(\d{4})(?:-(\d{2}))?$/.exec(date.trim()) : null;
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return null;
  return Number(m[1]) * 12 + month - 1;
}

export function monthIndexOfInstant(at: number): number {
  const d = new Date(at);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** "March 2021" when the month is known, else "2021". */
export function datePhrase(date: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(date.trim());
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : date.trim().slice(0, 4);
}

export function monthName(month0: number): string {
  return MONTHS[month0] ?? '';
}

// Wall-clock time in an IANA zone, computed with the built-in Intl data so daylight-saving
// changes are right without a time-zone library. All instants are epoch milliseconds.

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 0 = Sunday, as Date.getDay()
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone; an unknown one would make Intl throw later. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTime(timeZone: string, at: number): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  return {
    year,
    month,
    day,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** The zone's offset from UTC at instant `at`, in ms (Berlin in winter: +3_600_000). */
export function zoneOffset(timeZone: string, at: number): number {
  const w = wallTime(timeZone, at);
  const seconds = new Date(at).getUTCSeconds();
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, seconds);
  return asUtc - (at - (at % 1000));
}

/**
 * The instant at which the zone's clocks show the given wall time, or null when that time
 * does not exist (skipped by a spring-forward change). An ambiguous time (clocks going back)
 * resolves to its first occurrence.
 */
export function wallToInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number | null {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets in force a day either side; one of them is right for any real zone.
  const candidates = new Set([zoneOffset(timeZone, naive - 86_400_000), zoneOffset(timeZone, naive + 86_400_000)]);
  const hits: number[] = [];
  for (const off of candidates) {
    const at = naive - off;
    if (zoneOffset(timeZone, at) === off) hits.push(at);
  }
  return hits.length ? Math.min(...hits) : null;
}

/** A short zone name such as "CET", "EDT" or "GMT+9", for labels people read. */
export function zoneAbbreviation(timeZone: string, at: number): string {
  // en-GB knows the European abbreviations, en-US the American ones; otherwise both say "GMT+x".
  let fallback = '';
  for (const locale of ['en-GB', 'en-US']) {
    const name =
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{2,5}$/.test(name)) return name;
    fallback ||= name;
  }
  return fallback || timeZone;
}

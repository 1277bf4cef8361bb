import { formatDay } from './date-style.ts';

/** "just now", "5 min ago", "3 h ago", "2 days ago", then a date: for timelines and status lines. */
export function timeAgo(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  const d = Math.floor(s / 86_400);
  if (d < 30) return `${d} day${d > 1 ? 's' : ''} ago`;
  return formatDay(at);
}

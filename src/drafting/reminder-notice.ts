// What a reminder's notification says: who, and when you met or wrote. Pass `now` in.
import type { Reminder } from '../domain/contact.ts';
import { whenPhrase } from './context.ts';

export function notificationText(
  r: Pick<Reminder, 'kind' | 'text'>,
  name: string,
  meetingAt: number | undefined,
  now: number,
  timeZone: string,
): { title: string; message: string } {
  const when = whenPhrase(meetingAt, now, timeZone);
  const met = when ? ` — you met ${when}` : '';
  if (r.kind === 'thank-you')
    return { title: 'Coffee Chat: thank-you due', message: `Send a thank-you to ${name}${met}` };
  if (r.kind === 'follow-up') {
    return {
      title: 'Coffee Chat: time to follow up',
      message: `Follow up with ${name}${met}: tell them what came of their suggestions`,
    };
  }
  if (r.kind === 'no-reply') {
    // `meetingAt` is when they reached out, for this kind.
    const sent = when ? ` since you wrote ${when}` : '';
    return {
      title: 'Coffee Chat: no reply yet',
      message: `No reply from ${name}${sent}. A short, polite follow-up is ready`,
    };
  }
  if (r.kind === 'keep-in-touch') {
    return {
      title: 'Coffee Chat: keep in touch',
      message: `Time to catch up with ${name}${met}: a follow-up draft is ready`,
    };
  }
  return { title: 'Coffee Chat reminder', message: r.text.trim() || `Get back to ${name}` };
}

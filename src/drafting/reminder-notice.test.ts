import { describe, expect, it } from 'vitest';
import { notificationText } from './reminder-notice.ts';

describe('reminder notifications', () => {
  it('says who and when', () => {
    const met = Date.UTC(2026, 2, 10, 15);
    const now = Date.UTC(2026, 2, 11, 9);
    expect(notificationText({ kind: 'thank-you', text: '' }, 'Ada Quarry', met, now, 'UTC').message).toBe(
      'Send a thank-you to Ada Quarry — you met yesterday',
    );
    expect(
      notificationText({ kind: 'follow-up', text: '' }, 'Ada Quarry', met, Date.UTC(2026, 5, 10), 'UTC').message,
    ).toContain('you met in March');
    expect(notificationText({ kind: 'custom', text: 'Send the paper' }, 'Ada', undefined, now, 'UTC').message).toBe(
      'Send the paper',
    );
  });
  it('no reply yet, and keep in touch', () => {
    const sent = Date.UTC(2026, 2, 2, 9);
    const now = Date.UTC(2026, 2, 9, 9);
    expect(notificationText({ kind: 'no-reply', text: '' }, 'Ada Quarry', sent, now, 'UTC')).toEqual({
      title: 'Coffee Chat: no reply yet',
      message: 'No reply from Ada Quarry since you wrote in March. A short, polite follow-up is ready',
    });
    expect(notificationText({ kind: 'keep-in-touch', text: '' }, 'Ada Quarry', undefined, now, 'UTC').message).toBe(
      'Time to catch up with Ada Quarry: a follow-up draft is ready',
    );
  });
});

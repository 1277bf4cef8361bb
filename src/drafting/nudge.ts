// The learning loop's own drafts (English; the message templates stay the user's to edit):
// one short, polite follow-up when a cold email got no reply, and the line a keep-in-touch
// follow-up adds about what the person cares about. Pure.
import { sentence } from './context.ts';
import { firstNameOf } from './profile-facts.ts';

export interface NoReplyInput {
  name: string;
  company: string | null;
  userName: string;
  /** "on Tuesday", "in March": when the first message went out ('' when unknown). */
  when: string;
  minutes: number;
  /** 1 for the first nudge, 2 for the last one. */
  nth: number;
}

export function noReplyDraft(x: NoReplyInput): { subject: string; body: string } {
  const first = firstNameOf(x.name) ?? x.name;
  const hello = first ? `Hi ${first},` : 'Hello,';
  const sent = x.when ? ` I sent ${x.when}` : '';
  const at = x.company ? ` about your work at ${x.company}` : '';
  const ask =
    x.nth >= 2
      ? `I won't write again; if a short chat${at} ever suits you, I'd be very glad to hear from you.`
      : `I'd still value a ${x.minutes}-minute chat${at}, whenever suits you. If now is a busy time, no worries at all.`;
  return {
    subject: 'Following up',
    body: `${hello}\n\nI wanted to follow up on the note${sent}, in case it got buried. ${ask}\n\nThank you,\n${x.userName}`,
  };
}

/** A follow-up's body with a line about what they care about, just before the sign-off. */
export function withCaresAbout(body: string, caresAbout: string | undefined): string {
  const care = sentence((caresAbout ?? '').replace(/[.!?]+$/u, ''));
  if (!care) return body;
  const line = `I also remember how much you care about ${care.charAt(0).toLowerCase()}${care.slice(1)} If I come across anything useful for it, I'll send it your way.`;
  const paragraphs = body.trimEnd().split(/\n{2,}/);
  if (paragraphs.length < 2) return `${body.trimEnd()}\n\n${line}`;
  paragraphs.splice(paragraphs.length - 1, 0, line);
  return paragraphs.join('\n\n');
}

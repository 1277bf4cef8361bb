import { describe, expect, it } from 'vitest';
import { noReplyDraft, withCaresAbout } from './nudge.ts';

describe('the no-reply follow-up', () => {
  const base = { name: 'Ana Pellworth', company: 'Tidewell', userName: 'Sol', when: 'on Tuesday', minutes: 20, nth: 1 };
  it('is short and polite, and the second one says it is the last', () => {
    const first = noReplyDraft(base);
    expect(first.body).toBe(
      'Hi Ana,\n\nI wanted to follow up on the note I sent on Tuesday, in case it got buried. ' +
        "I'd still value a 20-minute chat about your work at Tidewell, whenever suits you. If now is a busy time, no worries at all.\n\nThank you,\nSol",
    );
    expect(first.body.split(/\s+/).length).toBeLessThan(60);
    expect(noReplyDraft({ ...base, nth: 2 }).body).toContain("I won't write again");
    expect(noReplyDraft({ ...base, company: null, when: '' }).body).toContain('follow up on the note, in case');
  });
});

describe('what they care about, in a follow-up', () => {
  it('goes just before the sign-off', () => {
    const body = 'Hi Ana,\n\nIt has been a while.\n\nBest wishes,\nSol';
    expect(withCaresAbout(body, 'Getting students into field work.')).toBe(
      "Hi Ana,\n\nIt has been a while.\n\nI also remember how much you care about getting students into field work. If I come across anything useful for it, I'll send it your way.\n\nBest wishes,\nSol",
    );
    expect(withCaresAbout(body, '  ')).toBe(body);
    expect(withCaresAbout(body, undefined)).toBe(body);
  });
});

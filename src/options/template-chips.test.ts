import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../drafting/index.ts';
import { chipLabel, joinSegments, segments } from './template-chips.ts';

describe('template chips', () => {
  it('labels placeholders and blocks in plain words', () => {
    expect(chipLabel('{{contact.firstName | contact.name | "there"}}').label).toBe('their first name');
    expect(chipLabel('{{#if introducer}}')).toEqual({ label: 'if: someone suggested you write', block: true });
    expect(chipLabel('{{else}}').label).toBe('otherwise');
    expect(chipLabel('{{/if}}').label).toBe('end');
    expect(chipLabel('{{#each slots}}').label).toBe('for each: times you offer');
  });

  it('round-trips every default template through chips without losing a character', () => {
    for (const t of Object.values(DEFAULT_TEMPLATES)) {
      for (const part of [t.subject, t.body]) {
        const s = segments(part);
        expect(s).not.toBeNull();
        expect(joinSegments(s!)).toBe(part);
        expect(s!.filter((x) => x.kind === 'text').some((x) => x.kind === 'text' && x.text.includes('{{'))).toBe(false);
      }
    }
  });

  it('leaves to the raw editor what chips cannot show faithfully', () => {
    expect(segments('Hi {{contact.name')).toBeNull();
    expect(segments('Braces: \\{{ literal }}')).toBeNull();
  });
});

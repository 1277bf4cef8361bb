// Property-based: a popup draft is read back from storage or a backup, possibly damaged.
// parsePersonDraft never throws, bounds what it keeps, and is stable under a JSON round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAFT_VARIANTS, emptyDraft, parsePersonDraft } from './person-drafts.ts';

const anyValue = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withDate: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBigInt: true,
});
const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0), anyValue);
const str = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('x'.repeat(25_000), '<script>window.__pwned=1</script>', '\u202e'),
  anyValue,
);
const damaged = fc.record(
  {
    plan: fc.oneof(fc.array(str, { maxLength: 120 }), anyValue),
    morePages: num,
    note: str,
    variant: fc.oneof(fc.constantFrom(...DRAFT_VARIANTS, 'other'), anyValue),
    introducerId: str,
    slotStarts: fc.oneof(fc.array(num, { maxLength: 6 }), anyValue),
    edited: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...DRAFT_VARIANTS, '__proto__'),
        fc.oneof(fc.record({ subject: str, body: str }, { requiredKeys: [] }), anyValue),
      ),
      anyValue,
    ),
    fields: fc.oneof(
      fc.dictionary(
        fc.constantFrom('name', 'headline', 'company', 'title', 'location', 'about', 'email', '__proto__'),
        str,
      ),
      anyValue,
    ),
    email: str,
    updatedAt: num,
  },
  { requiredKeys: [] },
);

describe('parsePersonDraft (properties)', () => {
  it('never throws, returns a bounded draft, and a JSON backup of it reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, damaged), (v) => {
        const d = parsePersonDraft(v);
        expect(Object.keys(d).sort()).toEqual(Object.keys(emptyDraft()).sort());
        expect(d.plan.length).toBeLessThanOrEqual(100);
        expect(d.plan.every((q) => typeof q === 'string' && q.length <= 1000)).toBe(true);
        expect(Number.isInteger(d.morePages) && d.morePages >= 0 && d.morePages <= 20).toBe(true);
        expect(DRAFT_VARIANTS).toContain(d.variant);
        expect(d.slotStarts.length).toBeLessThanOrEqual(3);
        expect(d.slotStarts.every(Number.isFinite)).toBe(true);
        expect(d.note.length).toBeLessThanOrEqual(20_000);
        expect(d.email.length).toBeLessThanOrEqual(320);
        expect(Number.isFinite(d.updatedAt)).toBe(true);
        expect(parsePersonDraft(d)).toEqual(d);
        // What a backup holds reads back to the same backup (-0 and 0 are the same in JSON).
        expect(JSON.stringify(parsePersonDraft(JSON.parse(JSON.stringify(d))))).toBe(JSON.stringify(d));
      }),
      { numRuns: 300 },
    );
  });

  // Found by the property above: a NaN time (a damaged record) became null in a JSON backup and
  // read back as 0, so a draft did not survive export → import unchanged.
  it('reads a non-finite updatedAt as 0', () => {
    for (const updatedAt of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(parsePersonDraft({ updatedAt }).updatedAt).toBe(0);
    }
    expect(parsePersonDraft({ updatedAt: 1_700_000_000_000 }).updatedAt).toBe(1_700_000_000_000);
  });
});

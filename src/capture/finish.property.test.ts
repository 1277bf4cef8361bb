// The extension half takes whatever the page sends: a hostile page can hand back any
// structured-clonable value, under any layer id. Finishing never throws and always yields a
// result the extension's own parser leaves unchanged (types, bounds, http(s) links only).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureResult } from '../domain/capture-parse.ts';
import { SITES } from '../domain/profile.ts';
import { FINISHERS } from './finish/index.ts';
import { finishCapture } from './finish.ts';

const IDS = Object.keys(FINISHERS.layers);
const raw = fc.oneof(
  fc.anything(),
  fc.array(fc.oneof(fc.string(), fc.constant(null), fc.array(fc.string()))),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'headline',
      'photo',
      'lines',
      'experience',
      'entries',
      'more',
      'me',
      'rows',
      'card',
      'title',
    ),
    fc.anything(),
  ),
);
const pageRead = fc.record({
  url: fc.oneof(fc.webUrl(), fc.anything()),
  stop: fc.oneof(fc.constant(undefined), fc.anything()),
  layers: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...IDS), fc.string()), raw), { maxLength: 8 }),
});

describe('finishCapture on hostile page reads', () => {
  it('never throws and returns what parseCaptureResult would keep', () => {
    fc.assert(
      fc.property(fc.oneof(pageRead, fc.anything()), fc.constantFrom(...SITES), (v, site) => {
        const r = finishCapture(v, site, 'https://www.linkedin.com/in/ada-quill/');
        expect(parseCaptureResult(r).kind).toBe(r.kind);
        if (r.kind === 'profile') {
          expect(r.profile.site).toBe(site);
          if (r.profile.photoUrl) expect(r.profile.photoUrl).toMatch(/^https?:\/\//);
        }
      }),
      // Found by this property: a page that sends an empty address got a profile with no address.
      { numRuns: 300, examples: [[{ url: '', stop: undefined, layers: [['opengraph', [[], '!']]] }, 'linkedin']] },
    );
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITES } from '../../domain/profile.ts';
import { finishCapture } from '../finish.ts';

type Global = { __coffeeChatCapture?: () => unknown };
const ENTRIES = {
  linkedin: () => import('./linkedin.ts'),
  scholar: () => import('./scholar.ts'),
  researchgate: () => import('./researchgate.ts'),
  github: () => import('./github.ts'),
  generic: () => import('./generic.ts'),
};

describe('the injected capture entries', () => {
  it.each(SITES)(
    '%s.ts only installs the capture function; calling it reads the current document, which the extension finishes',
    async (site) => {
      document.body.innerHTML =
        '<div class="h-card"><span class="p-name">Ada Quill</span><span class="p-job-title">Archivist</span></div>';
      delete (globalThis as Global).__coffeeChatCapture;
      const before = document.documentElement.outerHTML;
      await ENTRIES[site]();
      expect(document.documentElement.outerHTML).toBe(before); // nothing added to the page
      const capture = (globalThis as Global).__coffeeChatCapture;
      expect(typeof capture).toBe('function');
      const raw = capture?.();
      expect(structuredClone(raw)).toEqual(raw); // what executeScript hands back to the extension
      const r = finishCapture(structuredClone(raw), site, location.href);
      // The page's address is about:blank here; each bundle still runs as its own site.
      expect(r).toMatchObject({ kind: expect.stringMatching(/^(profile|not-profile)$/) });
      if (site === 'generic' || site === 'github')
        expect(r).toMatchObject({ kind: 'profile', profile: { name: 'Ada Quill', headline: 'Archivist', site } });
      // Scholar has no h-card layer; LinkedIn's gate turns away an address that is no profile.
      else expect(r).toMatchObject({ kind: 'not-profile' });
    },
  );
});

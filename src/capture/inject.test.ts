// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

describe('inject.ts', () => {
  it('only installs the capture function; calling it captures the current document', async () => {
    document.body.innerHTML =
      '<div class="h-card"><span class="p-name">Ada Quill</span><span class="p-job-title">Archivist</span></div>';
    const before = document.documentElement.outerHTML;
    await import('./inject.ts');
    expect(document.documentElement.outerHTML).toBe(before); // nothing added to the page
    const capture = (globalThis as { __coffeeChatCapture?: () => unknown }).__coffeeChatCapture;
    expect(typeof capture).toBe('function');
    const r = capture?.();
    expect(r).toMatchObject({
      kind: 'profile',
      profile: { name: 'Ada Quill', headline: 'Archivist', site: 'generic' },
    });
    expect(structuredClone(r)).toEqual(r); // what executeScript hands back to the extension
  });
});

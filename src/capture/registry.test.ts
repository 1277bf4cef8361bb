import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../domain/profile.ts';
import { BUNDLES } from './bundles/index.ts';
import { FINISHERS } from './finish/index.ts';
import { finishCapture } from './finish.ts';
import type { Layer } from './layer.ts';

const bundled = new Set(Object.values(BUNDLES).flatMap((b) => b.layers));

describe('the layer registry', () => {
  it('puts every file in layers/ in a bundle (deleting a site = deleting its file and its line)', async () => {
    const files = readdirSync(new URL('./layers/', import.meta.url)).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const f of files) {
      const mod = (await import(/* @vite-ignore */ `./layers/${f}`)) as Record<string, unknown>;
      const layers = Object.values(mod).filter(
        (v): v is Layer => !!v && typeof v === 'object' && 'read' in v && 'id' in v,
      );
      expect(layers.length, `${f} exports a layer`).toBeGreaterThan(0);
      for (const l of layers) expect(bundled.has(l), `${l.id} is in a bundle (src/capture/bundles/)`).toBe(true);
    }
    expect(new Set([...bundled].map((l) => l.id)).size).toBe(bundled.size);
  });

  it('gives every page half an extension half, and no extension half without a page half', () => {
    expect(Object.keys(FINISHERS.layers).sort()).toEqual([...bundled].map((l) => l.id).sort());
  });

  it('bundles a layer only for a site it runs on, once, and a site-specific layer in its own site only', () => {
    const sitesOf = (l: Layer) => FINISHERS.layers[l.id]?.sites;
    for (const site of SITES) {
      const b = BUNDLES[site];
      expect(b.site).toBe(site);
      expect(new Set(b.layers).size, `${site}: no layer twice`).toBe(b.layers.length);
      for (const l of b.layers)
        expect(!sitesOf(l) || sitesOf(l)?.includes(site), `${l.id} in the ${site} bundle`).toBe(true);
    }
    // A LinkedIn layer ships to LinkedIn pages and nowhere else (and so on for each site).
    for (const l of bundled)
      for (const site of sitesOf(l) ?? []) expect(BUNDLES[site].layers, `${l.id} in the ${site} bundle`).toContain(l);
  });

  it('cleans and type-checks what the page sent; earlier layers win; sources name the layer; unknown, foreign-site and broken layers cost only themselves', () => {
    const r = finishCapture(
      {
        url: 'https://example.com/',
        layers: [
          ['h-card', { name: '  From  First ', title: 42, photo: 'javascript:alert(1)' }],
          ['not-a-layer', { name: 'Nobody', location: 'Nowhere' }],
          ['linkedin/top-card', { location: 'Nowhere' }],
          ['opengraph', 'not an object'],
          ['github', null],
          [
            'json-ld',
            [
              '{"@type":"Person","name":"From Second","jobTitle":"Second headline","knowsAbout":["a"]}',
              7,
              { sources: { name: 'x' } },
            ],
          ],
        ],
      },
      'generic',
      'https://example.com/',
    );
    expect(r.kind).toBe('profile');
    if (r.kind !== 'profile') return;
    const p = r.profile;
    expect(p).toMatchObject({ name: 'From First', headline: 'Second headline', skills: ['a'], location: null });
    expect(p.photoUrl).toBeNull();
    expect(p.url).toBe('https://example.com/');
    expect(p.sources).toEqual({ name: 'h-card', headline: 'json-ld', skills: 'json-ld' });
  });

  it('turns anything that is not a page read into a not-profile answer', () => {
    for (const v of [null, 'x', 42, [], { failed: true }, { layers: 'no' }, { stop: { kind: 'profile' } }])
      expect(finishCapture(v, 'linkedin', 'https://www.linkedin.com/in/ada/').kind).toBe('not-profile');
  });
});

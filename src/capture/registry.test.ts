import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProfile, SITES } from '../domain/profile.ts';
import { BUNDLES } from './bundles/index.ts';
import type { Ctx, Layer } from './layer.ts';
import { runLayers } from './registry.ts';

const bundled = new Set(Object.values(BUNDLES).flatMap((b) => b.layers));

describe('the layer registry', () => {
  it('puts every file in layers/ in a bundle (deleting a site = deleting its file and its line)', async () => {
    const files = readdirSync(new URL('./layers/', import.meta.url)).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const f of files) {
      const mod = (await import(/* @vite-ignore */ `./layers/${f}`)) as Record<string, unknown>;
      const layers = Object.values(mod).filter(
        (v): v is Layer => !!v && typeof v === 'object' && 'run' in v && 'id' in v,
      );
      expect(layers.length, `${f} exports a layer`).toBeGreaterThan(0);
      for (const l of layers) expect(bundled.has(l), `${l.id} is in a bundle (src/capture/bundles/)`).toBe(true);
    }
    expect(new Set([...bundled].map((l) => l.id)).size).toBe(bundled.size);
  });

  it('bundles a layer only for a site it runs on, once, and a site-specific layer in its own site only', () => {
    for (const site of SITES) {
      const b = BUNDLES[site];
      expect(b.site).toBe(site);
      expect(new Set(b.layers).size, `${site}: no layer twice`).toBe(b.layers.length);
      for (const l of b.layers) expect(!l.sites || l.sites.includes(site), `${l.id} in the ${site} bundle`).toBe(true);
    }
    // A LinkedIn layer ships to LinkedIn pages and nowhere else (and so on for each site).
    for (const l of bundled)
      for (const site of l.sites ?? []) expect(BUNDLES[site].layers, `${l.id} in the ${site} bundle`).toContain(l);
  });

  it('a throwing layer costs only its own fields; earlier layers win; sources name the layer', () => {
    const c = { site: 'generic' } as Ctx;
    const p = emptyProfile('https://example.com/', 'generic');
    const layers: Layer[] = [
      { id: 'first', run: () => ({ name: 'From First', headline: null, skills: [] }) },
      {
        id: 'broken',
        run: () => {
          throw new Error('markup changed');
        },
      },
      { id: 'linkedin-only', sites: ['linkedin'], run: () => ({ location: 'Nowhere' }) },
      {
        id: 'second',
        run: () => ({
          name: 'From Second',
          headline: 'Second headline',
          skills: ['a'],
          incomplete: [{ section: 'skills', hint: 'h' }],
        }),
      },
    ];
    runLayers(c, p, layers);
    expect(p).toMatchObject({ name: 'From First', headline: 'Second headline', skills: ['a'], location: null });
    expect(p.sources).toEqual({ name: 'first', headline: 'second', skills: 'second' });
    expect(p.incomplete).toEqual([{ section: 'skills', hint: 'h' }]);
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../domain/profile.ts';
import type { Ctx, Layer } from './layer.ts';
import { LAYERS, runLayers } from './registry.ts';

describe('the layer registry', () => {
  it('registers every file in layers/ (deleting a site = deleting its file and its line)', async () => {
    const files = readdirSync(new URL('./layers/', import.meta.url)).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const f of files) {
      const mod = (await import(/* @vite-ignore */ `./layers/${f}`)) as Record<string, unknown>;
      const layers = Object.values(mod).filter(
        (v): v is Layer => !!v && typeof v === 'object' && 'run' in v && 'id' in v,
      );
      expect(layers.length, `${f} exports a layer`).toBeGreaterThan(0);
      for (const l of layers) expect(LAYERS, `${l.id} is registered`).toContain(l);
    }
    expect(new Set(LAYERS.map((l) => l.id)).size).toBe(LAYERS.length);
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

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bench/bundle-sizes.ts';

// Static checks of what ships (dist/, built by `npm test` before this runs).
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const dist = `dist/${target}`;
  const code = files(dist).filter((f) => /\.(js|html|css)$/.test(f));

  it('runs no string as code', () => {
    const offenders = code.filter((f) =>
      /\beval\s*\(|new\s+Function\s*\(|setTimeout\(\s*['"`]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('loads no remote script, style or font', () => {
    const remote =
      /(<script[^>]+src=["']https?:|<link[^>]+href=["']https?:|@import\s+(url\()?["']?https?:|url\(\s*["']?https?:|import\s*\(?\s*["']https?:)/i;
    expect(code.filter((f) => remote.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('ships no source maps', () => {
    expect(files(dist).filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it("loads few scripts for the popup's first paint, and the question ideas only after it", () => {
    const html = readFileSync(`${dist}/src/popup/index.html`, 'utf8');
    const staticClosure = (files: string[]) => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const m of readFileSync(file, 'utf8').matchAll(/from\s*["'](\.\/[^"']+\.js)["']/g))
          visit(join(dirname(file), m[1]!));
      };
      for (const f of files) visit(join(dist, f));
      return seen;
    };
    // The first module, which starts reading the page: small, and no Preact.
    const entry = staticClosure([...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]!));
    expect(entry.size, [...entry].join(', ')).toBeLessThanOrEqual(3);
    expect([...entry].filter((f) => /preact/.test(f))).toEqual([]);
    // Everything the page loads before it can show anyone: the first module and the rest of the
    // popup it loads, which the page preloads.
    const first = staticClosure([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!));
    expect(first.size, [...first].join(', ')).toBeLessThanOrEqual(6);
    expect(html).not.toMatch(/rel="stylesheet"/);
    const idea = 'Who else would you suggest I talk to';
    expect([...first].filter((f) => readFileSync(f, 'utf8').includes(idea))).toEqual([]);
    expect(code.some((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes(idea))).toBe(true);
  });
});

describe('the per-site captures', () => {
  const inject = 'dist/chrome/src/capture/inject';
  const layerIds = (site: string) =>
    [...readFileSync(`${inject}/${site}.js`, 'utf8').matchAll(/\bid:\s*`([a-z0-9/-]+)`/g)].map((m) => m[1] as string);

  it('ships one self-contained capture per site, each with only its own layers', () => {
    expect(readdirSync(inject).sort()).toEqual([
      'generic.js',
      'github.js',
      'linkedin.js',
      'researchgate.js',
      'scholar.js',
      'skeleton.js',
    ]);
    expect(layerIds('linkedin')).toEqual(expect.arrayContaining(['linkedin/top-card', 'json-ld', 'h-card']));
    for (const site of ['scholar', 'researchgate', 'github', 'generic']) {
      const ids = layerIds(site);
      expect(ids.length, site).toBeGreaterThan(0);
      expect(
        ids.filter((id) => id.startsWith('linkedin/')),
        site,
      ).toEqual([]);
      expect(readFileSync(`${inject}/${site}.js`, 'utf8'), site).not.toMatch(/\bimport\b|search-results/);
    }
    // Scholar pages carry no JSON-LD, h-card or OpenGraph person: only Scholar's own two layers.
    expect(layerIds('scholar')).toEqual(['scholar', 'scholar/publications']);
  });
});

describe('the size budget', () => {
  it('keeps every built size within bench/budget.json', () => {
    const budget: Record<string, { max: number }> = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
    const sizes = bundleSizes('dist/chrome');
    const checked = Object.keys(budget).filter((k) => k.startsWith('size.'));
    expect(checked.length).toBeGreaterThan(0);
    for (const key of checked) {
      expect(sizes[key], `${key} is measured`).toBeDefined();
      expect(sizes[key]!.value, `${key} within ${budget[key]!.max}`).toBeLessThanOrEqual(budget[key]!.max);
    }
  });
});

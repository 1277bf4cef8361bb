import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../bench.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A built JS file and everything it imports, statically or later with import() (`import(\`./x.js\`)`). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
    closure(resolve(dirname(file), m[1]!), seen);
  return seen;
}

/** A built JS file and what it imports statically: what a page loads before its first paint. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:\bimport\s*|\bfrom\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
    staticClosure(resolve(dirname(file), m[1]!), seen);
  return seen;
}

function pageScripts(dist: string, html: string): string[] {
  const src = readFileSync(join(dist, html), 'utf8');
  return [...src.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => resolve(dist, m[1]!.replace(/^\//, '')));
}

/** Gzipped bytes of each entry of a build, with its imports; shared chunks counted once on their own. */
export function bundleSizes(dist: string): Record<string, Figure> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  // The injected scripts are self-contained IIFEs (their ESM twins are removed from assets/):
  // one capture per site (src/capture/inject/<site>.ts), and the page skeleton.
  const injectDir = resolve(dist, 'src/capture/inject');
  const injected = readdirSync(injectDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const name = f.replace(/\.js$/, '');
      // Each goes in with a one-line file that calls it (src/extension/capture-tab.ts, src/extension/skeleton-tab.ts).
      const run = resolve(dist, name === 'skeleton' ? 'skeleton-run.js' : 'capture-run.js');
      return { name, files: [join(injectDir, f), run] };
    });
  const entries: Record<string, string[]> = {
    popup: pageScripts(dist, manifest.action.default_popup),
    options: pageScripts(dist, manifest.options_ui.page),
    dashboard: pageScripts(dist, 'src/dashboard/index.html'),
    meeting: pageScripts(dist, 'src/meeting/index.html'),
    'service-worker': [resolve(dist, manifest.background.service_worker)],
  };
  const closures = Object.fromEntries(
    Object.entries(entries).map(([k, files]) => [k, new Set(files.flatMap((f) => [...closure(f)]))]),
  );
  const counts = new Map<string, number>();
  for (const set of Object.values(closures)) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n > 1).map(([f]) => f);
  const out: Record<string, Figure> = {};
  // What a page receives: its site's capture and the one-line file injected with it.
  for (const { name, files } of injected)
    out[`size.${name === 'skeleton' ? 'skeleton' : `capture.${name}`}.gzip`] = {
      value: files.reduce((n, f) => n + gz(f), 0),
      unit: 'B',
    };
  for (const [k, set] of Object.entries(closures)) {
    out[`size.${k}.gzip`] = {
      value: [...set].filter((f) => !shared.includes(f)).reduce((s, f) => s + gz(f), 0),
      unit: 'B',
    };
  }
  // The popup's first paint: its entry, its module preloads and their static imports, shared
  // chunks included (the tabs below the person card load later and are not counted here).
  const firstPaint = new Set(entries.popup!.flatMap((f) => [...staticClosure(f)]));
  out['size.popup.first-paint.gzip'] = { value: [...firstPaint].reduce((s, f) => s + gz(f), 0), unit: 'B' };
  out['size.shared-chunks.gzip'] = { value: shared.reduce((s, f) => s + gz(f), 0), unit: 'B' };
  out['size.total.gzip'] = {
    value: [
      ...new Set([...Object.values(closures).flatMap((c) => [...c]), ...injected.flatMap((i) => i.files)]),
    ].reduce((s, f) => s + gz(f), 0),
    unit: 'B',
  };
  return out;
}

import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';

// One config, two targets: `TARGET=firefox vite build` writes dist/firefox.
// scripts/build.mjs runs both and then post-processes the manifests.
const target = (process.env.TARGET ?? 'chrome') as Target;
// SMOKE=1: the test-only variant dist/<target>-smoke (host access + src/background/smoke-hook.ts).
// The constant is a literal `false` in shipped builds, so the bundler drops the hook entirely.
const smoke = process.env.SMOKE === '1';
// FAULTS=1: the test-only variant dist/<target>-faults, with the store's fault hook
// (src/store/test-faults.ts) that tests/e2e/failing-writes.test.ts arms. `false` otherwise.
const faults = process.env.FAULTS === '1';

const firstPaint = popupFirstPaint();

export default defineConfig({
  plugins: [preact(), firstPaint.plugin, crx({ manifest: manifestFor(baseManifest, target, { smoke, version: pkg.version }) as ManifestV3Export, browser: target })],
  define: {
    'import.meta.env.COFFEE_CHAT_SMOKE': JSON.stringify(smoke),
    'import.meta.env.COFFEE_CHAT_FAULTS': JSON.stringify(faults),
  },
  build: {
    outDir: smoke ? `dist/${target}-smoke` : faults ? `dist/${target}-faults` : `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // Source maps stay out of the shipped extension: smaller, and nothing to fetch.
    sourcemap: false,
    // Chrome 120+ and Firefox 140+ (the manifests' minimums) support <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Rolldown warns when plugins take most of a build's time, which says more about how busy
      // the machine is than about the build; `npm run bench` measures speed.
      checks: { bundlerTimings: false },
      // Pages the manifest does not name still need building.
      input: {
        dashboard: 'src/dashboard/index.html',
        meeting: 'src/meeting/index.html',
      },
      // The popup loads few files before the person card (an extension page pays for each one):
      // its first module with `early` (what it needs to inject the capture: the browser API),
      // rolldown's small helpers chunk (shared with papaparse), then popup-app.tsx with Preact
      // and `core` (everything else the card needs: the store, the capture's finishing). The
      // tabs it loads later and the other pages split as usual, sharing these chunks.
      output: {
        codeSplitting: {
          groups: [
            { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/, priority: 2 },
            { name: 'early', test: (id) => firstPaint.early(id), priority: 1 },
            { name: 'core', test: (id) => firstPaint.card(id), priority: 1 },
          ],
        },
      },
    },
  },
});

/**
 * The popup's two module sets, found once the module graph is complete: what its entry
 * (main.tsx, which starts reading the page) imports statically, and what the rest of the popup
 * (popup-app.tsx, loaded by the entry) adds for the person card. `early(id)` / `card(id)`: one of
 * those that is not the popup's own (src/popup/).
 */
function popupFirstPaint(): { plugin: Plugin; early: (id: string) => boolean; card: (id: string) => boolean } {
  const early = new Set<string>();
  const card = new Set<string>();
  const plugin: Plugin = {
    name: 'coffee-chat:popup-first-paint',
    apply: 'build',
    // The entry loads popup-app.tsx as soon as it runs; preloaded from the page itself, its
    // files are fetched alongside the entry's instead of after it.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/src[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId && /[\\/]src[\\/]popup[\\/]popup-app\.tsx$/.test(c.facadeModuleId));
        if (!app) return html;
        const files: string[] = [];
        const visit = (file: string) => {
          if (files.includes(file) || html.includes(`/${file}"`)) return;
          files.push(file);
          for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(dep);
        };
        visit(app.fileName);
        const links = files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('\n    ');
        return html.replace('</head>', `  ${links}\n  </head>`);
      },
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (entry: RegExp, into: Set<string>, skip: Set<string>) => {
        const stack = ids.filter((id) => entry.test(id));
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (into.has(id) || skip.has(id)) continue;
          into.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      };
      closure(/[\\/]src[\\/]popup[\\/]main\.tsx$/, early, new Set());
      closure(/[\\/]src[\\/]popup[\\/]popup-app\.tsx$/, card, early);
    },
  };
  const shared = (set: Set<string>) => (id: string) => set.has(id) && !/[\\/]src[\\/]popup[\\/]/.test(id);
  return { plugin, early: shared(early), card: shared(card) };
}

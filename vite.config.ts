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
      // The popup's first paint loads few files (an extension page pays for each one): its
      // own code, Preact, one chunk with everything else its entry imports statically (the
      // capture, the store), and rolldown's small helpers chunk (shared with papaparse). The
      // tabs it loads later and the other pages split as usual, sharing these chunks.
      output: {
        codeSplitting: {
          groups: [
            { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/, priority: 2 },
            { name: 'core', test: (id) => firstPaint.shared(id), priority: 1 },
          ],
        },
      },
    },
  },
});

/**
 * The modules the popup's entry imports statically (its first paint), found once the module
 * graph is complete. `shared(id)`: one of those that is not the popup's own (src/popup/).
 */
function popupFirstPaint(): { plugin: Plugin; shared: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'coffee-chat:popup-first-paint',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => /[\\/]src[\\/]popup[\\/]main\.tsx$/.test(id));
      const stack = entry ? [entry] : [];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (modules.has(id)) continue;
        modules.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, shared: (id) => modules.has(id) && !/[\\/]src[\\/]popup[\\/]/.test(id) };
}

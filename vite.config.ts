import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';

// One config, two targets: `TARGET=firefox vite build` writes dist/firefox.
// scripts/build.mjs runs both and then post-processes the manifests.
const target = (process.env.TARGET ?? 'chrome') as Target;
// SMOKE=1: the test-only variant dist/<target>-smoke (host access + src/background/smoke-hook.ts).
// The constant is a literal `false` in shipped builds, so the bundler drops the hook entirely.
const smoke = process.env.SMOKE === '1';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(baseManifest, target, { smoke }) as ManifestV3Export, browser: target })],
  define: { 'import.meta.env.COFFEE_CHAT_SMOKE': JSON.stringify(smoke) },
  build: {
    outDir: smoke ? `dist/${target}-smoke` : `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // Source maps stay out of the shipped extension: smaller, and nothing to fetch.
    sourcemap: false,
    rollupOptions: {
      // Pages the manifest does not name still need building.
      input: {
        dashboard: 'src/dashboard/index.html',
        meeting: 'src/meeting/index.html',
      },
    },
  },
});

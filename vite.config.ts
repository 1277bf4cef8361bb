import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';

// One config, two targets: `TARGET=firefox vite build` writes dist/firefox.
// scripts/build.mjs runs both and then post-processes the manifests.
const target = (process.env.TARGET ?? 'chrome') as Target;

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(baseManifest, target) as ManifestV3Export, browser: target })],
  build: {
    outDir: `dist/${target}`,
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

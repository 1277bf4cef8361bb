import { defineConfig } from 'vitest/config';

// The Firefox smoke test: dist/firefox-smoke (`node scripts/build.mjs firefox-smoke`) in real
// Firefox ESR over WebDriver BiDi. One browser at a time; CI machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

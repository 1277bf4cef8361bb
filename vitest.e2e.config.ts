import { defineConfig } from 'vitest/config';

// End-to-end journeys: the built extension (dist/chrome) in real Chromium.
// One file at a time: each launches a browser, and CI machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

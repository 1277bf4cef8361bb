import { defineConfig } from 'vitest/config';

// Unit tests sit beside their code. DOM-needing tests opt in with
// `// @vitest-environment happy-dom` at the top of the file.
export default defineConfig({
  // The store's test-only fault hook (store/test-faults.ts) is live in unit tests, as in
  // dist/chrome-faults. (Vitest hands it to the code as the string "true".)
  define: { 'import.meta.env.COFFEE_CHAT_FAULTS': 'true' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/unit.ts'],
    // CI runs on two shared cores where an async test that takes 1 s quiet can take over 5 s (vitest's
    // default); a test must fail on what it checks, not on the machine's load. Speed is npm run bench's job.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

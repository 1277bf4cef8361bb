import { defineConfig } from 'vitest/config';

// Unit tests sit beside their code. DOM-needing tests opt in with
// `// @vitest-environment happy-dom` at the top of the file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/unit.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { PARLEY_VERSION: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup/ink-environment.ts'],
    globalSetup: ['tests/setup/build-once.ts'],
    testTimeout: 20000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text-summary', 'text', 'html'],
    },
  },
});

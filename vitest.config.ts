import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { PARLEY_VERSION: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup/ink-environment.ts'],
    testTimeout: 20000,
    pool: 'forks',
  },
});

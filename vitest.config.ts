import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { PARLEY_VERSION: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup/ink-environment.ts'],
    globalSetup: ['tests/setup/build-once.ts'],
    // Generous: the machines that run this suite are shared, and a busy one runs a CPU-bound property test slowly.
    testTimeout: 60_000,
    pool: 'forks',
    // A worker per core: vitest's default (cores - 1) leaves one idle, and the CLI now runs in the workers, not beside them.
    maxWorkers: availableParallelism(),
    // Files share a worker's loaded modules instead of importing src/ afresh for each (most of a file's start-up).
    isolate: false,
    coverage: {
      provider: 'v8',
      reportOnFailure: true,
      include: ['src/**'],
      reporter: ['text-summary', 'text', 'html'],
    },
  },
});

import { defineConfig } from 'vitest/config';

/**
 * unit: pure functions beside the code. api-*: the HTTP API over a real database, once on the embedded
 * PGlite and, when DATABASE_URL is set, once more on that PostgreSQL (a fresh database per test file).
 */
const apiProject = (name: string, db: 'embedded' | 'postgres', exclude: string[] = []) => ({
  test: {
    name,
    include: ['test/**/*.test.ts'],
    exclude,
    env: { TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'] } },
      apiProject('api-embedded', 'embedded'),
      ...(process.env.DATABASE_URL
        ? [apiProject('api-postgres', 'postgres', ['test/embedded-*.test.ts'])]
        : []),
    ],
  },
});

import { defineConfig } from 'vitest/config';

/**
 * `pnpm test:resilience`: the long tests under resilience/ (faults, scale-out, races, fuzzing), each with
 * processes of its own on a real PostgreSQL. They need DATABASE_URL (a server they may create databases
 * on) and run one file at a time: they start several processes each, and the machine may be small.
 */
if (!process.env.DATABASE_URL) {
  throw new Error(
    'pnpm test:resilience needs DATABASE_URL, a PostgreSQL server it may create databases on ' +
      '(e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm test:resilience)',
  );
}

export default defineConfig({
  test: {
    name: 'resilience',
    include: ['resilience/**/*.test.ts'],
    env: { TEST_DB: 'postgres' },
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});

// pnpm test: every check the project has, in order, each step's output shown as it runs, then one summary.
// Types, lint and format; unit and API tests (embedded PGlite, and DATABASE_URL's PostgreSQL when set);
// the admin panel build; the Playwright end-to-end suite in Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const steps = [
  { name: 'typecheck', cmd: ['pnpm', '-r', 'typecheck'] },
  { name: 'lint', cmd: ['pnpm', 'exec', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: ['pnpm', 'exec', 'prettier', '--check', '.'] },
  {
    name: process.env.DATABASE_URL ? 'unit + API (embedded and DATABASE_URL)' : 'unit + API (embedded)',
    cmd: [
      'pnpm',
      '--filter',
      '@orderdesk/api',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(results, 'vitest.json')}`,
    ],
    counts: () => vitestCounts(path.join(results, 'vitest.json')),
  },
  { name: 'admin panel build', cmd: ['pnpm', '--filter', '@orderdesk/admin-ui', 'build'] },
  {
    name: 'end-to-end (Playwright, Chromium)',
    cmd: ['pnpm', '--filter', '@orderdesk/e2e', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'playwright.json') },
    counts: () => playwrightCounts(path.join(results, 'playwright.json')),
  },
];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts(file) {
  const report = readJson(file);
  if (!report) return null;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file) {
  const report = readJson(file);
  if (!report) return null;
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  summary.push({
    ...step,
    ok: run.status === 0,
    seconds: (Date.now() - started) / 1000,
    counts: step.counts?.() ?? null,
  });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n=== Summary');
for (const step of summary) {
  const c = step.counts;
  if (c) for (const key of Object.keys(total)) total[key] += c[key];
  const detail = c ? ` (${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped)` : '';
  console.log(`${step.ok ? 'ok  ' : 'FAIL'}  ${step.name}${detail}  ${step.seconds.toFixed(1)} s`);
}
const failedSteps = summary.filter((step) => !step.ok).length;
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (failedSteps > 0) console.log(`${failedSteps} step(s) failed`);
process.exit(failedSteps > 0 ? 1 : 0);

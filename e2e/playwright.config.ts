import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { APP_PORT, APP_URL, SANDBOX_PORT } from './support/ports';

export const baseURL = APP_URL;
const root = path.resolve(import.meta.dirname, '..');

/** Debian's Chromium when present (browser downloads are not possible everywhere); Playwright's own elsewhere. */
function systemChromium(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium'];
  return candidates.find((file): file is string => !!file && fs.existsSync(file));
}

// Every run starts the app on a fresh embedded database with the demo data and no order flow.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orderdesk-e2e-'));

export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? './artifacts/results.json' }],
    ['html', { open: 'never', outputFolder: './artifacts/report' }],
  ],
  use: {
    baseURL,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: root,
    url: `${APP_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(APP_PORT),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO: '1',
      DEMO_ORDER_RATE: '0',
      LOG_LEVEL: 'warn',
      DEMO_PASSWORD: 'orderdesk-demo',
      SANDBOX_PORT: String(SANDBOX_PORT),
    },
  },
});

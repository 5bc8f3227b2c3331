// The demo flow's timers, and `pnpm sandbox` (main.ts) as a process: one line on start, clean exit.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './app.js';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('demo flow', () => {
  it('brings new orders at the demo rate, dated past the two-minute rule, until stopped', async () => {
    const sandbox = createSandbox({
      random: 1,
      demoOrderRate: 1200,
      demoTickMs: 25,
      demoOrderAgeSeconds: 150,
    });
    sandbox.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    sandbox.stop();
    const count = sandbox.state.orders.size;
    expect(count).toBeGreaterThan(2);
    const all = [...sandbox.state.orders.values()];
    expect(all.every((o) => o.lastUpdateMs <= Date.now() - 140_000)).toBe(true);
    expect(all.filter((o) => o.order.MarketplaceId === 'ATVPDKIKX0DER').length).toBeGreaterThan(count / 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sandbox.state.orders.size).toBe(count);
  });
});

describe('main.ts', () => {
  it('listens on 127.0.0.1, prints one line with a curl for a token, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/channels/amazon/sandbox/main.ts'], {
      cwd: apiDir,
      env: { ...process.env, SANDBOX_PORT: '0', DEMO_ORDER_RATE: '0', SANDBOX_BACKLOG_ORDERS: '3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('\n')) resolve(output);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(line.trim().split('\n')).toHaveLength(1);
    const base = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    expect(base).toBeTruthy();
    expect(line).toContain(`curl -s ${base}/auth/o2/token`);
    const token = await fetch(`${base}/auth/o2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'Atzr|x',
        client_id: 'c',
        client_secret: 's',
      }),
    });
    expect(token.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 20_000);
});

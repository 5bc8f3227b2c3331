import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Logger } from 'pino';
import { repoRoot } from '../config.js';

// From the repository root: this file runs from src/demo/ (tsx, tests) and from the build in dist/.
const apiDir = path.join(repoRoot, 'api');

export interface SandboxProcess {
  url: string;
  /** The sandbox's process id, when this process started it. */
  pid: number | null;
  stop(): Promise<void>;
}

/**
 * Demo mode's Amazon: the SP-API sandbox in its own process (as `pnpm sandbox` runs it), so it shares
 * nothing with the API but HTTP. A sandbox already listening on the port is used as it is.
 */
export async function startSandboxProcess(
  options: { port: number; orderRate: number; env?: Record<string, string> },
  logger: Logger,
): Promise<SandboxProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await answers(url)) {
    logger.info({ url }, 'using the SP-API sandbox already running');
    return { url, pid: null, stop: async () => undefined };
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/channels/amazon/sandbox/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      ...options.env,
      SANDBOX_PORT: String(options.port),
      DEMO_ORDER_RATE: String(options.orderRate),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // However the API ends, its sandbox ends with it.
  process.once('exit', () => child.kill('SIGTERM'));
  await waitUntilUp(url, child);
  logger.info({ url, pid: child.pid }, 'SP-API sandbox started');
  return { url, pid: child.pid ?? null, stop: () => stopChild(child) };
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_sandbox/faults`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the SP-API sandbox exited with code ${child.exitCode}`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the SP-API sandbox did not answer on ${url} within 30 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

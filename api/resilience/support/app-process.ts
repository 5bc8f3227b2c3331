// Order Desk as production runs it (`pnpm start`: the build in dist/ with the same V8 flags) in a process of
// its own, with a PROCESS_ROLE, so a test can run several of them on one PostgreSQL and kill one with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import { API_DIR, API_ENTRY, API_NODE_FLAGS, ensureApiBuilt } from '../../scripts/build-api.mjs';

export interface AppProcess {
  name: string;
  role: 'api' | 'worker';
  pid: number;
  /** http://127.0.0.1:port for the api role. */
  url: string | null;
  /** Resolves when the process has ended, with its exit code or signal. */
  exited: Promise<string>;
  /** SIGKILL: no shutdown, open transactions and claims left as they are. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful stop (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

export interface AppOptions {
  name: string;
  role: 'api' | 'worker';
  databaseUrl: string;
  secretKey: string;
  /** Appended to: every start of the same name writes into the same log. */
  logFile: string;
  env?: Record<string, string>;
}

const started = new Set<ChildProcess>();
// Whatever ends the test run, its processes end with it.
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
  });
}

/** Starts the process and waits until it serves (api: /api/health answers; worker: its jobs started). */
export async function startApp(options: AppOptions): Promise<AppProcess> {
  const port = options.role === 'api' ? await freePort() : 0;
  await ensureApiBuilt();
  const log = fs.createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_ENTRY], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: '4',
      SECRET_KEY: options.secretKey,
      DEMO: '0',
      PROCESS_ROLE: options.role,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let output = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    if (output.length < 1_000_000) output += chunk.toString();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      started.delete(child);
      log.end();
      resolve(signal ?? `exit ${code}`);
    }),
  );
  const url = options.role === 'api' ? `http://127.0.0.1:${port}` : null;
  const ready = async () =>
    url
      ? fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
          (res) => res.ok,
          () => false,
        )
      : output.includes('"msg":"workers started"');
  const deadline = Date.now() + 60_000;
  while (!(await ready())) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `${options.name} ended before it was ready (${options.logFile}):\n${output.slice(-2000)}`,
      );
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} was not ready within 60 s (${options.logFile})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    name: options.name,
    role: options.role,
    pid: child.pid!,
    url,
    exited,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

// The API as production runs it (`pnpm start`: the build in dist/ with the same V8 flags, PROCESS_ROLE=api), in
// a child process of its own, so that its resident memory and CPU time are its alone: read from /proc/<pid>.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { API_DIR, API_ENTRY, API_NODE_FLAGS, ensureApiBuilt } from '../../scripts/build-api.mjs';
import { processCpuMs } from '../cpu-accounting.js';
import { SECRET_KEY } from '../seed/bench-database.js';

export interface ApiChild {
  url: string;
  pid: number;
  /** VmRSS now and VmHWM (the peak since start), in MB. */
  memory(): { rssMb: number; peakMb: number } | null;
  cpuMs(): number | null;
  stop(): Promise<void>;
}

export async function startApiChild(options: {
  /** PostgreSQL: the database's URL. Embedded: its DATA_DIR, opened by the API itself, as in production. */
  database: { url: string } | { dataDir: string };
  port: number;
  log: (message: string) => void;
}): Promise<ApiChild> {
  await ensureApiBuilt(options.log);
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_ENTRY], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      ...('url' in options.database
        ? { DATABASE_URL: options.database.url, DATA_DIR: '.data-bench/api' }
        : { DATABASE_URL: '', DATA_DIR: options.database.dataDir }),
      DEMO: '0',
      PROCESS_ROLE: 'api',
      LOG_LEVEL: 'warn',
      SECRET_KEY,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (text: string) => {
    for (const line of text.split('\n')) if (line.trim()) options.log(`api: ${line.slice(0, 300)}`);
  });
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilHealthy(url, child);
  const pid = child.pid!;
  return {
    url,
    pid,
    memory: () => memoryOf(pid),
    cpuMs: () => processCpuMs(pid),
    stop: async () => {
      process.off('exit', stopOnExit);
      await stop(child);
    },
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not answer on ${url} within 60 s`);
}

/** VmRSS and VmHWM of a process, in MB (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });
}

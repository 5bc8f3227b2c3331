// One scenario under load: autocannon keeps `connections` requests outstanding for a fixed time, the paths
// asked in turn. Every response's time is kept (autocannon's own summary has no p95), and the CPU time
// the API child and the PostgreSQL backends spent meanwhile is read from /proc.
import autocannon from 'autocannon';
import type { Knex } from 'knex';
import { backendPids, processCpuMs } from '../cpu-accounting.js';
import type { ApiChild } from './api-child.js';
import { summarize, type LatencySummary } from './stats.js';

export interface LoadFigures extends LatencySummary {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  /** Answers other than 2xx and connection errors: any makes the figures suspect. */
  failures: number;
  /** CPU milliseconds per request: the API process, the database's backends (PostgreSQL on this machine). */
  cpuMsPerRequest: { api: number | null; postgres: number | null };
  peakRssMb: number | null;
}

export async function runLoad(options: {
  api: ApiChild;
  cookie: string;
  paths: string[];
  connections: number;
  seconds: number;
  /** The database, to find its backends' processes; null for the embedded one (it runs in this process). */
  knex: Knex | null;
}): Promise<LoadFigures> {
  const { api, paths } = options;
  let next = 0;
  const latencies: number[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, api.memory()?.rssMb ?? 0);
  }, 100);
  const apiCpuBefore = api.cpuMs();
  const backendsBefore = options.knex ? await backendCpu(options.knex) : null;
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: api.url,
          connections: options.connections,
          duration: options.seconds,
          headers: { cookie: options.cookie, accept: 'application/json' },
          requests: [
            {
              method: 'GET',
              setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
            },
          ],
        },
        (error, finished) => (error ? reject(error as Error) : resolve(finished)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      });
    });
    const apiCpuAfter = api.cpuMs();
    const backendsAfter = options.knex ? await backendCpu(options.knex) : null;
    const served = Math.max(1, latencies.length);
    const perRequest = (ms: number | null) => (ms === null ? null : Math.round((ms / served) * 100) / 100);
    return {
      connections: options.connections,
      seconds: options.seconds,
      ...summarize(latencies),
      requestsPerSecond: Math.round((latencies.length / result.duration) * 10) / 10,
      failures: result.non2xx + result.errors,
      cpuMsPerRequest: {
        api: perRequest(apiCpuBefore === null || apiCpuAfter === null ? null : apiCpuAfter - apiCpuBefore),
        postgres: perRequest(
          backendsBefore && backendsAfter ? cpuSpent(backendsBefore, backendsAfter) : null,
        ),
      },
      peakRssMb: peakRss || null,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** CPU ms of each backend of the database now (its pids come and go with the pools). */
async function backendCpu(knex: Knex): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  for (const pid of await backendPids(knex)) {
    const ms = processCpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/** A backend that connected meanwhile counts from zero; one that left is lost (pools keep theirs). */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

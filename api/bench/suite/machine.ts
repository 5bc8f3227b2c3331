// What the figures were taken on: the machine, how busy it was, the runtime and the database's settings.
import fs from 'node:fs';
import { cpus, loadavg, totalmem, uptime } from 'node:os';
import type { Knex } from 'knex';

export interface MachineDescription {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  /** 1, 5 and 15 minutes. */
  loadAverage: number[];
  uptimeHours: number;
  node: string;
  database: { kind: 'postgres' | 'embedded'; version: string; settings: Record<string, string> };
  kernel: string;
}

const SETTINGS = [
  'shared_buffers',
  'work_mem',
  'effective_cache_size',
  'random_page_cost',
  'jit',
  'max_parallel_workers_per_gather',
];

export async function describeMachine(
  knex: Knex,
  kind: 'postgres' | 'embedded',
): Promise<MachineDescription> {
  const { rows } = await knex.raw<{ rows: { version: string }[] }>('select version()');
  const settings: Record<string, string> = {};
  for (const name of SETTINGS) {
    try {
      const result = await knex.raw<{ rows: Record<string, string>[] }>(`show ${name}`);
      settings[name] = Object.values(result.rows[0]!)[0]!;
    } catch {
      // not a setting of this server (PGlite lacks some)
    }
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    loadAverage: currentLoad(),
    uptimeHours: Number((uptime() / 3600).toFixed(1)),
    node: process.version,
    database: { kind, version: rows[0]!.version, settings },
    kernel: readOr('/proc/sys/kernel/osrelease', 'unknown').trim(),
  };
}

export const currentLoad = () => loadavg().map((n) => Number(n.toFixed(2)));

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

// CPU time spent by each side of a benchmark: this process (the worker), the sandbox's process and the
// PostgreSQL backends serving this database (when PostgreSQL runs on this machine: read from /proc).
// CPU seconds per order do not grow when other programs share the machine, as wall time does, so they
// compare two versions of the code on a busy machine.
import fs from 'node:fs';
import type { Knex } from 'knex';

const TICKS_PER_SECOND = 100;

/** utime + stime of a process, in milliseconds, or null when it cannot be read. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export async function backendPids(knex: Knex): Promise<number[]> {
  try {
    const result = await knex.raw(
      // This query's own backend included: it may be the very connection the work went through.
      'select pid from pg_stat_activity where datname = current_database()',
    );
    return (result.rows as { pid: number }[]).map((row) => row.pid);
  } catch {
    return [];
  }
}

export interface CpuReport {
  workerMs: number;
  sandboxMs: number | null;
  /** The backends connected at the end: since the start, or since they connected during the run. */
  postgresMs: number | null;
}

/** Starts counting; `stop()` answers the CPU milliseconds spent by each side since. */
export async function startCpuAccounting(knex: Knex, sandboxPid: number | null) {
  const worker = process.cpuUsage();
  const sandbox = sandboxPid === null ? null : processCpuMs(sandboxPid);
  const backends = new Map<number, number>();
  for (const pid of await backendPids(knex)) {
    const ms = processCpuMs(pid);
    if (ms !== null) backends.set(pid, ms);
  }
  return {
    async stop(): Promise<CpuReport> {
      const used = process.cpuUsage(worker);
      const sandboxNow = sandboxPid === null ? null : processCpuMs(sandboxPid);
      let postgres: number | null = null;
      for (const pid of await backendPids(knex)) {
        const now = processCpuMs(pid);
        if (now !== null) postgres = (postgres ?? 0) + now - (backends.get(pid) ?? 0);
      }
      return {
        workerMs: Math.round((used.user + used.system) / 1000),
        sandboxMs: sandbox === null || sandboxNow === null ? null : Math.round(sandboxNow - sandbox),
        postgresMs: postgres,
      };
    },
  };
}

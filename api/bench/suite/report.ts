// The benchmark's findings as one object (written as JSON), each figure marked against its target.
import type { MachineDescription } from './machine.js';
import type { SeedFigures } from './bench-db.js';
import type { ExplainedRequest } from './explain.js';
import type { ImportFigures } from './import-bench.js';
import type { LoadFigures } from './load.js';
import type { ScenarioGroup } from './scenarios.js';
import { atLeast, atMost, TARGETS, type LatencySummary, type Verdict } from './stats.js';

export interface ScenarioResult {
  name: string;
  group: ScenarioGroup;
  targeted: boolean;
  /** The first path asked (others differ in the search term or order). */
  path: string;
  distinctPaths: number;
  /** The list's total (Content-Range) for the first path, and how the API said it is not a count. */
  total: number | null;
  approximate: string | null;
  sql: ExplainedRequest;
  /** By concurrency. */
  load: Record<number, LoadFigures>;
  /** The least time the request could take on this machine (see limitMs()). */
  limitMs: Record<number, number | null>;
  /** API p50 at concurrency 1 over the bare SQL time. */
  apiOverSql: number | null;
  verdicts: Record<string, Verdict>;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  options: Record<string, unknown>;
  machine: MachineDescription;
  loadAverageAtEnd: number[];
  seed: SeedFigures;
  scenarios: ScenarioResult[];
  import: (ImportFigures & { verdict: Verdict }) | null;
  cancel: LatencySummary | null;
  memory: { idleRssMb: number | null; peakRssUnderLoadMb: number | null; verdict: Verdict } | null;
  targets: typeof TARGETS;
  summary: { met: number; missed: number; missedWhat: string[] };
}

/**
 * The floor of a request: at concurrency 1, the HTTP round trip of the cheapest route (/api/health) plus the
 * bare SQL time; at concurrency c on n CPUs, also c/n times the CPU the request costs (API process and
 * database), since the CPUs can do no more than n of those at once.
 */
export function limitMs(
  sqlMs: number,
  healthP50: number | null,
  load: LoadFigures | undefined,
  cpus: number,
): number | null {
  if (healthP50 === null) return null;
  const single = healthP50 + sqlMs;
  if (!load || load.connections <= 1) return round1(single);
  const cpu = (load.cpuMsPerRequest.api ?? 0) + (load.cpuMsPerRequest.postgres ?? 0);
  return round1(Math.max(single, (cpu * load.connections) / Math.max(1, cpus)));
}

export function scenarioVerdicts(result: Omit<ScenarioResult, 'verdicts'>): Record<string, Verdict> {
  if (!result.targeted) return {};
  const verdicts: Record<string, Verdict> = {};
  for (const [connections, figures] of Object.entries(result.load)) {
    verdicts[`p95 c${connections}`] =
      figures.failures > 0 ? 'missed' : atMost(figures.p95, TARGETS.p95Ms[Number(connections)]);
  }
  verdicts['API/SQL'] = atMost(result.apiOverSql, TARGETS.apiOverSql);
  return verdicts;
}

export function importVerdict(figures: ImportFigures): Verdict {
  return figures.status === 'succeeded' || figures.created === figures.orders
    ? atLeast(figures.ordersPerSecond, TARGETS.importOrdersPerSecond)
    : 'missed';
}

export function summarizeVerdicts(
  report: Pick<BenchReport, 'scenarios' | 'import' | 'memory'>,
): BenchReport['summary'] {
  const all: [string, Verdict][] = [
    ...report.scenarios.flatMap((s) =>
      Object.entries(s.verdicts).map(([what, v]) => [`${s.name}: ${what}`, v] as [string, Verdict]),
    ),
    ['import orders/s', report.import?.verdict ?? 'n/a'],
    ['API resident memory', report.memory?.verdict ?? 'n/a'],
  ];
  return {
    met: all.filter(([, v]) => v === 'met').length,
    missed: all.filter(([, v]) => v === 'missed').length,
    missedWhat: all.filter(([, v]) => v === 'missed').map(([what]) => what),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

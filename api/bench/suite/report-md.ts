// The report in Markdown: the machine, a table per group of scenarios with each figure marked against its
// target, the import, the cancellations, the API's memory, and the plans of the requests that missed.
import { renderPlan } from './explain.js';
import type { BenchReport, ScenarioResult } from './report.js';
import { TARGETS, type Verdict } from './stats.js';

const MARK: Record<Verdict, string> = { met: 'met', missed: '**missed**', 'n/a': '–' };
const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);

export function renderMarkdown(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `# Order Desk benchmark, ${report.startedAt}`,
    '',
    `\`${report.command}\` — ${report.scenarios.length} scenarios, ${report.summary.met} figures met their target, ` +
      `${report.summary.missed} missed.`,
    '',
    '## Machine',
    '',
    `- ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB RAM, Linux ${machine.kernel}, Node ${machine.node}`,
    `- ${machine.database.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}: ${machine.database.version}`,
    `- settings: ${Object.entries(machine.database.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
    `- load average at start ${machine.loadAverage.join(' / ')}, at end ${report.loadAverageAtEnd.join(' / ')} ` +
      '(1/5/15 min; above the CPU count means other programs were competing)',
    '',
    '## Data',
    '',
    report.seed.seededNow
      ? `Seeded now in ${report.seed.seconds} s: ${Object.entries(report.seed.counts ?? {})
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}.`
      : `Seeded by an earlier run (${String(report.options.orders)} Amazon orders).`,
    `Database size ${fmt(report.seed.databaseSizeMb, 0)} MB.`,
    '',
    '## Requests',
    '',
    `Targets: p95 ≤ ${TARGETS.p95Ms[1]} ms at concurrency 1 and ≤ ${TARGETS.p95Ms[8]} ms at 8, API time ≤ ` +
      `${TARGETS.apiOverSql}× the bare SQL time. Times in ms. SQL: EXPLAIN ANALYZE planning + execution of the ` +
      'statements the request ran, summed (TIMING OFF; page and count run at once, so the API can beat the sum). ' +
      'Limit: /api/health p50 + SQL at c1; at c8 also 8/CPUs × the CPU a request costs (API + PostgreSQL, at c8). ' +
      'CPU c1 API/PG: CPU ms per request of the API process and of the PostgreSQL backends at concurrency 1: ' +
      'unlike times, they hardly move when other programs compete for the CPUs.',
    '',
  ];
  const groups = [...new Set(report.scenarios.map((s) => s.group))];
  for (const group of groups) {
    lines.push(`### ${group}`, '', scenarioTable(report.scenarios.filter((s) => s.group === group)), '');
  }
  lines.push(...importSection(report), ...plansSection(report));
  return `${lines.join('\n')}\n`;
}

function scenarioTable(scenarios: ScenarioResult[]): string {
  const header = [
    'scenario',
    'total',
    'c1 p50',
    'c1 p95',
    'c8 p50',
    'c8 p95',
    'c8 req/s',
    'SQL',
    'limit c1',
    'limit c8',
    'API/SQL',
    'CPU c1 API/PG',
    'p95 c1',
    'p95 c8',
    'API/SQL ≤ 2',
  ];
  const rows = scenarios.map((s) => {
    const c1 = s.load[1];
    const c8 = s.load[8];
    const cpu = c1 ? `${fmt(c1.cpuMsPerRequest.api, 2)}/${fmt(c1.cpuMsPerRequest.postgres, 2)}` : '–';
    const total =
      s.total === null ? '–' : `${s.approximate ? (s.approximate === 'at-least' ? '>' : '≈') : ''}${s.total}`;
    const failures = (c1?.failures ?? 0) + (c8?.failures ?? 0);
    return [
      failures ? `${s.name} (${failures} failed)` : s.name,
      total,
      fmt(c1?.p50),
      fmt(c1?.p95),
      fmt(c8?.p50),
      fmt(c8?.p95),
      fmt(c8?.requestsPerSecond, 0),
      fmt(s.sql.sqlMs, 2),
      fmt(s.limitMs[1]),
      fmt(s.limitMs[8]),
      fmt(s.apiOverSql, 2),
      cpu,
      MARK[s.verdicts['p95 c1'] ?? 'n/a'],
      MARK[s.verdicts['p95 c8'] ?? 'n/a'],
      MARK[s.verdicts['API/SQL'] ?? 'n/a'],
    ];
  });
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function importSection(report: BenchReport): string[] {
  const lines = ['## Import, cancellations, memory', ''];
  const imp = report.import;
  if (imp) {
    lines.push(
      `- Import: ${imp.created} orders created (${imp.orders} queued in the sandbox) in ${imp.seconds} s = **${imp.ordersPerSecond} orders/s** ` +
        `(target ≥ ${TARGETS.importOrdersPerSecond}: ${MARK[imp.verdict]}); run ${imp.status}, ${imp.blocked} blocked. ` +
        `CPU ms per 1,000 orders: worker ${fmt(imp.cpuMsPer1000Orders.worker, 0)}, sandbox ` +
        `${fmt(imp.cpuMsPer1000Orders.sandbox, 0)}, PostgreSQL ${fmt(imp.cpuMsPer1000Orders.postgres, 0)}: ` +
        `alone on this machine at most ${fmt(imp.cpuBoundOrdersPerSecond, 0)} orders/s (worker one thread, all on ` +
        `${report.machine.cpus} CPUs).`,
      `- The same rows inserted bare (one INSERT ... SELECT per table, same indexes and triggers): ` +
        `${imp.bareInsertSeconds} s = ${imp.bareInsertOrdersPerSecond} orders/s; the import takes ` +
        `${fmt(imp.seconds / Math.max(imp.bareInsertSeconds, 0.001), 1)}× that. Rows: ${Object.entries(
          imp.rowsWritten,
        )
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}.`,
    );
  } else lines.push('- Import: not run.');
  const cancel = report.cancel;
  lines.push(
    cancel
      ? `- Cancel to stock released (Sync now through the API, worker on pg-boss): p50 ${fmt(cancel.p50, 0)} ms, ` +
          `p95 ${fmt(cancel.p95, 0)} ms, max ${fmt(cancel.max, 0)} ms over ${cancel.requests} orders.`
      : '- Cancel latency: not run.',
  );
  const memory = report.memory;
  lines.push(
    memory
      ? `- API resident memory (VmRSS of its process): ${fmt(memory.idleRssMb, 0)} MB idle, ` +
          `**${fmt(memory.peakRssUnderLoadMb, 0)} MB** at most under load (target ≤ ${TARGETS.apiRssMb}: ${MARK[memory.verdict]}).`
      : '- API memory: not measured.',
    '',
  );
  return lines;
}

/** The plans of the requests whose SQL alone takes 10 ms or more: their statements of 2 ms or more. */
function plansSection(report: BenchReport): string[] {
  const slow = report.scenarios.filter((s) => s.sql.sqlMs >= 10);
  if (slow.length === 0) return [];
  const lines = ['## Plans of the requests whose SQL takes 10 ms or more', ''];
  for (const s of slow) {
    lines.push(`### ${s.name}`, '', `\`GET ${decodeURIComponent(s.path)}\``, '');
    const costly = s.sql.statements.filter((st) => !st.auth && st.planningMs + st.executionMs >= 2);
    for (const statement of costly) {
      const sql = statement.sql.replace(/\s+/g, ' ');
      lines.push(
        `${statement.timedBy === 'client' ? 'Timed from the client' : 'Planning + execution'}: ` +
          `${fmt(statement.planningMs + statement.executionMs, 2)} ms — \`${sql.length > 300 ? `${sql.slice(0, 297)}...` : sql}\``,
        '',
      );
      if (statement.plan) lines.push('```', ...renderPlan(statement.plan), '```', '');
    }
  }
  return lines;
}

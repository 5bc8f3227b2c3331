// `pnpm bench`: Order Desk's performance at scale in one run. Seeds the benchmark database (1,000,000
// Amazon orders on DATABASE_URL's server, 20,000 on the embedded PGlite; kept between runs), then measures
// over HTTP with autocannon at concurrency 1 and 8 the order grids (filters, sorts, deep pages, counts),
// every search key, Amazon Order Details and the dashboard against the API in a process of its own, each
// beside the bare SQL time of the statements it runs (EXPLAIN ANALYZE) and the least time this machine
// allows; then import throughput from the sandbox against a bare insert of the same rows, and
// cancel-to-stock-released latency. Progress on stderr; bench-results/<time>.json and .md at the end.
//   [DATABASE_URL=postgres://...] pnpm bench [--orders N] [--quick] [--seconds S] [--only TEXT] ...
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { openSeededDatabase } from './suite/bench-db.js';
import { measureCancelLatency } from './suite/cancel-bench.js';
import { measureImport, startBenchSandbox } from './suite/import-bench.js';
import { currentLoad, describeMachine } from './suite/machine.js';
import { parseBenchOptions } from './suite/options.js';
import { importVerdict, summarizeVerdicts, type BenchReport } from './suite/report.js';
import { renderMarkdown } from './suite/report-md.js';
import { measureRequests } from './suite/request-bench.js';
import { buildScenarios } from './suite/scenarios.js';
import { TARGETS } from './suite/stats.js';

const options = parseBenchOptions(process.argv.slice(2), process.env);
const startedAt = new Date();
const log = (message: string) => {
  const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  process.stderr.write(`[${clock}] ${message}\n`);
};

const opened = await openSeededDatabase(options, log);
const { seed } = opened;
let db = opened.db;
try {
  const machine = await describeMachine(db.knex, db.kind);
  log(
    `${machine.cpus} CPUs, load average ${machine.loadAverage.join(' ')}; ${machine.database.version.split(' on ')[0]}`,
  );
  const scenarios = (await buildScenarios(db.knex, options.orders)).filter(
    (s) => !options.only || s.group === 'floor' || s.name.includes(options.only),
  );
  const { results, memory } = await measureRequests(db, scenarios, { ...options, cpus: machine.cpus }, log);
  if (db.kind === 'embedded') db = (await openSeededDatabase(options, log)).db;

  let importFigures: BenchReport['import'] = null;
  let cancel: BenchReport['cancel'] = null;
  if (!options.only || 'import cancel'.includes(options.only)) {
    // A sandbox each (its orders live in its memory), so the cancellations' sync meets only its own orders.
    const sandbox = await startBenchSandbox(db.knex, options.basePort + 1);
    try {
      const figures = await measureImport(
        db.knex,
        sandbox,
        options.importOrders,
        log,
        db.kind === 'embedded',
      );
      importFigures = { ...figures, verdict: importVerdict(figures) };
    } finally {
      await sandbox.stop();
    }
    const cancelSandbox = await startBenchSandbox(db.knex, options.basePort + 1);
    try {
      cancel = await measureCancelLatency({
        db,
        sandbox: cancelSandbox,
        samples: options.cancelSamples,
        port: options.basePort + 2,
        log,
      });
    } finally {
      await cancelSandbox.stop();
    }
  }

  const partial = { scenarios: results, import: importFigures, memory };
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
    options: { ...options, serverUrl: options.serverUrl ? 'DATABASE_URL' : null },
    machine,
    loadAverageAtEnd: currentLoad(),
    seed,
    cancel,
    targets: TARGETS,
    ...partial,
    summary: summarizeVerdicts(partial),
  };
  const outDir = path.resolve(repoRoot, options.outDir);
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, startedAt.toISOString().replace(/[:.]/g, '-'));
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 1)}\n`);
  fs.writeFileSync(`${base}.md`, renderMarkdown(report));
  log(`${report.summary.met} met, ${report.summary.missed} missed; report: ${base}.md and .json`);
} finally {
  // On the embedded database a failure while the API child had its files leaves it closed already.
  await db.close().catch(() => undefined);
}

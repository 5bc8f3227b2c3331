// Every scenario measured: the SQL it runs caught in-process and EXPLAIN ANALYZEd, then the API child under
// autocannon at each concurrency, its memory sampled throughout. On the embedded database `db` is closed
// on return (the API child had its files): open it again.
import type { Database } from '../../src/db/database.js';
import { ApiClient } from '../../test/support/api-client.js';
import { DEMO_PASSWORD, embeddedDataDir } from '../seed/bench-database.js';
import { startApiChild } from './api-child.js';
import { explainStatements } from './explain.js';
import { runLoad, type LoadFigures } from './load.js';
import type { BenchOptions } from './options.js';
import { limitMs, scenarioVerdicts, type BenchReport, type ScenarioResult } from './report.js';
import type { Scenario } from './scenarios.js';
import { captureSql } from './sql-capture.js';
import { atMost, TARGETS } from './stats.js';

export async function measureRequests(
  db: Database,
  scenarios: Scenario[],
  options: BenchOptions & { cpus: number },
  log: (message: string) => void,
): Promise<{ results: ScenarioResult[]; memory: BenchReport['memory'] }> {
  log(`capturing the SQL of ${scenarios.length} requests`);
  const captured = await captureSql(
    db,
    scenarios.map((s) => s.paths[0]!),
    { port: options.basePort + 2 },
  );
  const explained = new Map<string, Awaited<ReturnType<typeof explainStatements>>>();
  for (const [index, scenario] of scenarios.entries()) {
    const request = captured.get(scenario.paths[0]!)!;
    if (request.status !== 200)
      throw new Error(`${scenario.name}: ${request.path} answered ${request.status}`);
    explained.set(scenario.name, await explainStatements(db.knex, request.statements));
    log(
      `explain ${index + 1}/${scenarios.length} ${scenario.name}: ${explained.get(scenario.name)!.sqlMs} ms`,
    );
  }

  // The embedded database is one process's files: this one lets go of them, the API child opens them.
  if (db.kind === 'embedded') await db.close();
  const api = await startApiChild({
    database:
      db.kind === 'embedded' ? { dataDir: embeddedDataDir(options.database) } : { url: db.connectionString },
    port: options.basePort,
    log,
  });
  const load = new Map<string, Record<number, LoadFigures>>();
  let idleRssMb: number | null = null;
  let peakRss = 0;
  try {
    const client = new ApiClient(api.url);
    const login = await client.post('/api/auth/login', { username: 'support', password: DEMO_PASSWORD });
    if (login.status !== 200) throw new Error(`login to the API child: ${login.status} ${login.text}`);
    const cookie = client.sessionCookie!.split(';')[0]!;
    idleRssMb = api.memory()?.rssMb ?? null;
    log(
      `API child ${api.pid} up, ${idleRssMb} MB resident; ${options.seconds} s per scenario and concurrency`,
    );
    for (const [index, scenario] of scenarios.entries()) {
      for (const path of scenario.paths.slice(0, 5)) await client.get(path); // warm the caches
      const figures: Record<number, LoadFigures> = {};
      for (const connections of options.concurrencies) {
        figures[connections] = await runLoad({
          api,
          cookie,
          paths: scenario.paths,
          connections,
          seconds: options.seconds,
          knex: db.kind === 'postgres' ? db.knex : null,
        });
        peakRss = Math.max(peakRss, figures[connections].peakRssMb ?? 0);
      }
      load.set(scenario.name, figures);
      const summary = options.concurrencies
        .map(
          (c) =>
            `c${c} p50 ${figures[c]!.p50} p95 ${figures[c]!.p95}${figures[c]!.failures ? ` FAILED ${figures[c]!.failures}` : ''}`,
        )
        .join(', ');
      log(
        `load ${index + 1}/${scenarios.length} ${scenario.name}: ${summary} ms, rss ${api.memory()?.rssMb} MB`,
      );
    }
  } finally {
    await api.stop();
  }

  const health = load.get(scenarios.find((s) => s.group === 'floor')?.name ?? '')?.[1]?.p50 ?? null;
  const results = scenarios.map((scenario) => {
    const request = captured.get(scenario.paths[0]!)!;
    const sql = explained.get(scenario.name)!;
    const figures = load.get(scenario.name)!;
    const c1 = figures[1];
    const partial: Omit<ScenarioResult, 'verdicts'> = {
      name: scenario.name,
      group: scenario.group,
      targeted: scenario.targeted,
      path: scenario.paths[0]!,
      distinctPaths: scenario.paths.length,
      total: request.total,
      approximate: request.approximate,
      sql,
      load: figures,
      limitMs: Object.fromEntries(
        options.concurrencies.map((c) => [c, limitMs(sql.sqlMs, health, figures[c], options.cpus)]),
      ),
      apiOverSql: c1 && sql.sqlMs > 0 ? Math.round((c1.p50 / sql.sqlMs) * 100) / 100 : null,
    };
    return { ...partial, verdicts: scenarioVerdicts(partial) };
  });
  const peakRssUnderLoadMb = peakRss || null;
  return {
    results,
    memory: { idleRssMb, peakRssUnderLoadMb, verdict: atMost(peakRssUnderLoadMb, TARGETS.apiRssMb) },
  };
}

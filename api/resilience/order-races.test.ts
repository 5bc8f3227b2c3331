// Races, the long run: hundreds of orders, each fired at by six sessions of three users at the same moment
// (cancel, ship, invoice, credit memo, hold, unhold; Amazon orders also a cancellation that goes to
// Amazon), on PostgreSQL, where the requests really run side by side. The quick run is test/order-races.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../test/support/api-client.js';
import {
  raceAmazonOrders,
  raceSessions,
  raceWebOrders,
  type RaceReport,
} from '../test/support/race-rounds.js';
import { useSandboxedServer } from '../test/support/sandboxed-server.js';
import { resultsDir } from './support/results.js';

const WEB_ROUNDS = Number(process.env.RACE_WEB_ROUNDS ?? 200);
const AMAZON_ROUNDS = Number(process.env.RACE_AMAZON_ROUNDS ?? 80);
const ACTIONS_PER_ROUND = 10;
const seed = Number(process.env.RESILIENCE_SEED ?? Math.floor(Math.random() * 2 ** 31));

const ctx = useSandboxedServer();
const dir = resultsDir('races');
const reports: Record<string, RaceReport & { seconds: number }> = {};
let sessions: ApiClient[];

async function run(name: string, race: () => Promise<RaceReport>): Promise<RaceReport> {
  sessions ??= await raceSessions(ctx);
  const started = Date.now();
  const report = await race();
  reports[name] = { ...report, seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ seed, reports }, null, 2));
  return report;
}

describe(`races on one order (seed ${seed}: RESILIENCE_SEED=${seed} repeats it)`, () => {
  it(`${WEB_ROUNDS} web orders, ${ACTIONS_PER_ROUND} actions each at once: every invariant holds`, async () => {
    const report = await run('web', () =>
      raceWebOrders(ctx, sessions, { rounds: WEB_ROUNDS, actionsPerRound: ACTIONS_PER_ROUND, seed }),
    );
    expect(report.problems).toEqual([]);
    expect(report.requests).toBe(WEB_ROUNDS * ACTIONS_PER_ROUND);
    expect(Object.keys(report.statuses).sort()).toEqual(['200', '201', '409']);
  });

  it(`${AMAZON_ROUNDS} Amazon orders, ${ACTIONS_PER_ROUND} actions each at once, then Amazon answers: every invariant holds`, async () => {
    const report = await run('amazon', () =>
      raceAmazonOrders(ctx, sessions, {
        rounds: AMAZON_ROUNDS,
        actionsPerRound: ACTIONS_PER_ROUND,
        seed: seed + 1,
      }),
    );
    expect(report.problems).toEqual([]);
    expect(report.orders).toBe(AMAZON_ROUNDS);
    expect(report.statuses[202]).toBeGreaterThan(0);
  });
});

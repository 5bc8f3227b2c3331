// Bad input, the long run: 12,000 malformed requests over every route of the router (wrong types, huge
// strings, SQL in sort, filter and q, unknown fields, deeply nested JSON, bad ids, wrong content types and
// methods), from a seed, against Order Desk in a process of its own on PostgreSQL. No 5xx, every 4xx a JSON
// message, and the process is still up and healthy afterwards. The quick run is test/fuzz.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../src/channels/amazon/sandbox/random.js';
import { SecretBox } from '../src/crypto/secret-box.js';
import { listMountedRoutes } from '../src/http/routes.js';
import { buildServer } from '../src/server.js';
import { fuzzRequests } from '../test/support/fuzz-requests.js';
import { runFuzz } from '../test/support/fuzz-runner.js';
import { FUZZ_ROLES, prepareFuzz, type FuzzSetup } from '../test/support/fuzz-setup.js';
import { startApp, type AppProcess } from './support/app-process.js';
import {
  createResilienceDatabase,
  DEMO_PASSWORD,
  SECRET_KEY,
  type ResilienceDatabase,
} from './support/resilience-database.js';
import { resultsDir } from './support/results.js';

const COUNT = Number(process.env.FUZZ_REQUESTS ?? 12_000);
const seed = Number(process.env.RESILIENCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const dir = resultsDir('fuzz');
const logFile = path.join(dir, 'api.log');

let db: ResilienceDatabase;
let api: AppProcess;
let setup: FuzzSetup;

async function login(role: string): Promise<string> {
  const res = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: role, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login as ${role}: ${res.status} ${await res.text()}`);
  return cookie;
}

beforeAll(async () => {
  // No sandbox: nothing here reaches Amazon (a queued sync waits for a worker there is none of).
  db = await createResilienceDatabase('fuzz', { sandboxPort: 9 });
  api = await startApp({ name: 'api', role: 'api', databaseUrl: db.url, secretKey: SECRET_KEY, logFile });
  // The routes, walked from the router of the same code the process runs.
  const { app } = buildServer({
    knex: db.knex,
    boss: {} as never,
    secretBox: new SecretBox(SECRET_KEY),
    logger: pino({ level: 'silent' }),
    sessionTtlMs: 60_000,
    loginMaxFailures: 10,
    trustProxy: false,
    adminUiDist: null,
  });
  setup = await prepareFuzz(api.url!, db.knex, listMountedRoutes(app), login);
});
afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

describe(`bad input (seed ${seed}: RESILIENCE_SEED=${seed} repeats it)`, () => {
  it(`${COUNT} malformed requests over every route: no 5xx, every 4xx says why, the process stays up`, async () => {
    const started = Date.now();
    const requests = fuzzRequests(createRandom(seed), setup.targets, setup.ids, COUNT);
    const report = await runFuzz(api.url!, setup.sessions, requests, 8);
    const seconds = (Date.now() - started) / 1000;
    const routes = setup.targets.length;
    fs.writeFileSync(
      path.join(dir, 'summary.json'),
      JSON.stringify({ seed, routes, seconds, ...report, failures: report.failures.slice(0, 200) }, null, 2),
    );
    expect(report.failures).toEqual([]);
    expect(report.requests).toBe(COUNT);

    const alive = await Promise.race([
      api.exited,
      new Promise((resolve) => setTimeout(() => resolve('running'), 100)),
    ]);
    expect(alive).toBe('running');
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
    for (const role of FUZZ_ROLES) expect(await login(role), role).toMatch(/^od_session=/);
    const log = fs.readFileSync(logFile, 'utf8');
    expect(log).not.toMatch(/"level":(50|60)/); // pino's error and fatal: a 5xx or a crash is logged at these
    expect(log.split('\n').filter((line) => line.includes('"statusCode":')).length).toBeGreaterThan(
      COUNT * 0.9,
    );
  });
});

// The SQL the API runs for a request, caught as it runs: the real routes served in this process over the
// benchmark database, knex's query events recorded while one request is answered. What the API child later
// runs under load is this same code, so EXPLAIN ANALYZE of these statements is the bare SQL of the request.
import type { Database } from '../../src/db/database.js';
import { startBenchApi } from '../seed/bench-database.js';

export interface CapturedStatement {
  /** With $1, $2 placeholders, as the driver got it. */
  sql: string;
  bindings: unknown[];
  /** Also run for a request that only checks the session (GET /api/auth/me). */
  auth: boolean;
}

export interface CapturedRequest {
  path: string;
  status: number;
  /** Content-Range's total, for lists. */
  total: number | null;
  /** How the total is not a count, as a response header naming "approximate" says ("estimate", "at-least"). */
  approximate: string | null;
  statements: CapturedStatement[];
}

const NOT_EXPLAINABLE = /^\s*(begin|commit|rollback|savepoint|release|set\s)/i;

export async function captureSql(
  db: Database,
  paths: string[],
  options: { port: number },
): Promise<Map<string, CapturedRequest>> {
  const api = await startBenchApi(db, { port: options.port });
  let recording: { sql: string; bindings: unknown[] }[] | null = null;
  const onQuery = (query: { sql: string; bindings?: unknown[] }) => {
    if (recording && !NOT_EXPLAINABLE.test(query.sql))
      recording.push({ sql: query.sql, bindings: [...(query.bindings ?? [])] });
  };
  db.knex.on('query', onQuery);
  try {
    const client = await api.loginAs('support');
    const record = async (path: string) => {
      recording = [];
      const res = await client.get(path);
      const statements = recording;
      recording = null;
      return { res, statements };
    };
    const authSql = new Set((await record('/api/auth/me')).statements.map((s) => s.sql));
    const captured = new Map<string, CapturedRequest>();
    for (const path of paths) {
      const { res, statements } = await record(path);
      const range = res.headers.get('content-range');
      captured.set(path, {
        path,
        status: res.status,
        total: range ? Number(range.split('/')[1]) : null,
        approximate: approximateHeader(res.headers),
        statements: statements.map((s) => ({ ...s, auth: authSql.has(s.sql) })),
      });
    }
    return captured;
  } finally {
    db.knex.off('query', onQuery);
    await api.close();
  }
}

function approximateHeader(headers: Headers): string | null {
  for (const [name, value] of headers) if (/approx/i.test(name) && value !== 'false') return value;
  return null;
}

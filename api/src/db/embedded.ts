import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from 'pino';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  connectionString: string;
  /**
   * The application's pool: one connection, which the job engine shares (jobs/job-engine.ts). PGlite is a
   * single session, and pglite-socket (0.2.17, the newest) schedules the protocol messages of concurrent
   * connections one by one: the Parse/Bind/Execute of one connection interleave with another's (wrong
   * statement bound, another query's rows), and several connections holding transactions at once were
   * seen to stall. With one client connection none of that can happen.
   */
  appPoolSize: number;
  stop(): Promise<void>;
}

// The application's one connection, with room for its pool replacing a broken one. Another client (psql)
// connected while the application works would interleave with it (see appPoolSize).
const MAX_CONNECTIONS = 8;

/**
 * PGlite is PostgreSQL compiled to WASM, in this process. pglite-socket serves it on a loopback port with
 * PostgreSQL's wire protocol, so the application talks to it through the same `pg` driver as to a real server.
 * Its multiplexer runs one protocol message at a time and keeps a connection's open transaction exclusive,
 * which is only safe for one client connection at a time (see appPoolSize).
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const hostAndPort = server.getServerConn();
  logger.info({ dataDir, listen: hostAndPort }, 'embedded PostgreSQL (PGlite) started');
  return {
    connectionString: `postgres://postgres@${hostAndPort}/postgres?sslmode=disable`,
    appPoolSize: 1,
    stop: async () => {
      await server.stop();
      await db.close();
      unlock();
    },
  };
}

import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from 'pino';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  connectionString: string;
  /**
   * The application's pool: one connection. PGlite is a single session anyway, and with several of our
   * connections holding transactions at once pglite-socket's multiplexer was seen to stall (a sync of
   * 1,000 orders hung at random); one connection makes our transactions strictly one after another.
   */
  appPoolSize: number;
  stop(): Promise<void>;
}

// The application's connection and the job engine's.
const MAX_CONNECTIONS = 8;

/**
 * PGlite is PostgreSQL compiled to WASM, in this process. pglite-socket serves it on a loopback port with
 * PostgreSQL's wire protocol, so the application talks to it through the same `pg` driver as to a real server.
 * Its multiplexer runs one query at a time and keeps a connection's open transaction exclusive.
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

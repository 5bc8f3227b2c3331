import { outboxHandlers } from '../../src/jobs/workers.js';
import { runOutboxCommand } from '../../src/outbox/outbox-jobs.js';
import { dueCommandIds } from '../../src/outbox/outbox-repository.js';
import type { TestServer } from './test-server.js';

/** What the outbox worker does on its tick, here and now: every due command, once. Answers how many ran. */
export async function drainOutbox(server: TestServer): Promise<number> {
  const ids = await dueCommandIds(server.knex);
  const deps = {
    knex: server.knex,
    logger: server.services.sync.logger,
    owner: 'test-worker',
    handlers: outboxHandlers(server.services),
  };
  for (const id of ids) await runOutboxCommand(deps, id);
  return ids.length;
}

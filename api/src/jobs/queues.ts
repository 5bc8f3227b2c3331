import { setTimeout as delay } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { declareSyncQueues } from '../channels/amazon/sync/sync-requests.js';
import { declareOutboxQueues } from '../outbox/outbox-jobs.js';

/**
 * PostgreSQL's answers when processes starting together declare the same queues at once: a deadlock between
 * their catalog writes, or the same queue created twice. Declaring is idempotent, so it is tried again.
 */
const CONCURRENT_DECLARE_CODES = new Set(['40P01', '23505', '40001']);
const DECLARE_ATTEMPTS = 6;

/**
 * Every queue and schedule (idempotent: each process may declare them, also several starting at once).
 * Apart from workers.ts, so that a process of the api role declares them without loading the workers.
 */
export async function declareQueues(boss: PgBoss): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await declareSyncQueues(boss);
      await declareOutboxQueues(boss);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= DECLARE_ATTEMPTS || typeof code !== 'string' || !CONCURRENT_DECLARE_CODES.has(code))
        throw error;
      await delay(50 * attempt + Math.floor(Math.random() * 150));
    }
  }
}

import type { Knex } from 'knex';
import { SYNC_RUN_STATUSES } from '../constants.js';
import { inList, rawAll } from '../lib/schema.js';

// "Sync now" and the scheduler record a run as soon as it is asked for (queued), so the admin sees it
// at once; a worker then runs it. Unfinished = queued or running.
export async function up(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'alter table amazon_sync_runs drop constraint amazon_sync_runs_status_check',
    `alter table amazon_sync_runs add constraint amazon_sync_runs_status_check check (${inList('status', SYNC_RUN_STATUSES)})`,
    'alter table amazon_sync_runs drop constraint amazon_sync_runs_finished_at_check',
    `alter table amazon_sync_runs add constraint amazon_sync_runs_finished_at_check
       check (("status" in ('queued', 'running')) = ("finished_at" is null))`,
    `create index amazon_sync_runs_unfinished_index on amazon_sync_runs (store_id) where finished_at is null`,
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'drop index amazon_sync_runs_unfinished_index',
    "delete from amazon_sync_runs where status = 'queued'",
    'alter table amazon_sync_runs drop constraint amazon_sync_runs_status_check',
    `alter table amazon_sync_runs add constraint amazon_sync_runs_status_check check (status in ('running', 'succeeded', 'failed'))`,
    'alter table amazon_sync_runs drop constraint amazon_sync_runs_finished_at_check',
    `alter table amazon_sync_runs add constraint amazon_sync_runs_finished_at_check check (("status" = 'running') = ("finished_at" is null))`,
  ]);
}

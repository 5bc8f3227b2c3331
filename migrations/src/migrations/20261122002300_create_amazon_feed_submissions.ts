import type { Knex } from 'knex';
import { FEED_PROCESSING_STATUSES } from '../constants.js';
import { checkIn, timestamps } from '../lib/schema.js';

// Feeds sent to Amazon (createFeedDocument -> upload -> createFeed -> getFeed) and their results.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_feed_submissions', (t) => {
    t.bigIncrements('id');
    t.integer('store_id').notNullable().references('id').inTable('amazon_stores').onDelete('CASCADE');
    t.bigInteger('outbox_id').nullable().references('id').inTable('outbox').onDelete('SET NULL');
    t.text('feed_type').notNullable().comment("e.g. 'POST_ORDER_ACKNOWLEDGEMENT_DATA'");
    t.text('feed_id').nullable();
    t.text('feed_document_id').nullable();
    t.text('result_document_id').nullable();
    t.text('processing_status').nullable();
    t.jsonb('result').nullable();
    timestamps(knex, t);
    t.index(['store_id', 'created_at'], 'amazon_feed_submissions_store_id_created_at_index');
    t.index(['outbox_id'], 'amazon_feed_submissions_outbox_id_index');
    t.index(['feed_id'], 'amazon_feed_submissions_feed_id_index');
    checkIn(t, 'amazon_feed_submissions', 'processing_status', FEED_PROCESSING_STATUSES);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_feed_submissions');
}

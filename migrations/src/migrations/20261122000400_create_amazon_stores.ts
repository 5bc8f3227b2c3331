import type { Knex } from 'knex';
import { AMAZON_REGIONS, CUSTOMER_CREATION_MODES, ORDER_NUMBER_SOURCES } from '../constants.js';
import { checkIn, timestamps, timestamptz } from '../lib/schema.js';

// One seller account on one marketplace, with its order settings (Adobe Amazon Sales Channel).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_stores', (t) => {
    t.increments('id');
    t.text('name').notNullable();
    t.text('seller_id').notNullable();
    t.text('marketplace_id').notNullable();
    t.text('region').notNullable();
    t.text('endpoint').nullable().comment("SP-API base URL; null = the region's Amazon endpoint");
    t.text('lwa_endpoint').nullable().comment("LWA token URL; null = Amazon's");
    t.text('credentials_encrypted')
      .notNullable()
      .comment('AES-GCM blob of LWA client id, client secret and refresh token, sealed by the API');
    t.boolean('import_orders').notNullable().defaultTo(true);
    t.text('import_store').notNullable().defaultTo('default').comment('Commerce store code');
    t.text('customer_creation').notNullable().defaultTo('guest');
    t.text('order_number_source').notNullable().defaultTo('commerce');
    t.boolean('reserve_pending').notNullable().defaultTo(true);
    t.text('order_status').nullable().comment('null = the default status for new orders');
    t.integer('sync_interval_minutes').notNullable().defaultTo(5);
    timestamptz(knex, t, 'sync_checkpoint').comment('LastUpdatedAfter of the next sync');
    timestamptz(knex, t, 'last_sync_at');
    t.boolean('is_active').notNullable().defaultTo(true);
    timestamps(knex, t);
    // Two stores on the same account and marketplace would import every order twice.
    t.unique(['seller_id', 'marketplace_id'], {
      indexName: 'amazon_stores_seller_id_marketplace_id_unique',
    });
    checkIn(t, 'amazon_stores', 'region', AMAZON_REGIONS);
    checkIn(t, 'amazon_stores', 'customer_creation', CUSTOMER_CREATION_MODES);
    checkIn(t, 'amazon_stores', 'order_number_source', ORDER_NUMBER_SOURCES);
    t.check(
      '"sync_interval_minutes" between 1 and 1440',
      undefined,
      'amazon_stores_sync_interval_minutes_check',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_stores');
}

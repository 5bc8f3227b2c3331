import type { Knex } from 'knex';
import { AMAZON_ADDRESS_TYPES } from '../constants.js';
import { checkIn, timestamps, timestamptz } from '../lib/schema.js';

// The shipping address (getOrderAddress), one per order; staff may correct it (corrected_at/by).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_order_addresses', (t) => {
    t.bigInteger('order_id').primary().references('id').inTable('amazon_orders').onDelete('CASCADE');
    t.text('name').nullable();
    t.text('company_name').nullable();
    t.text('address_line1').nullable();
    t.text('address_line2').nullable();
    t.text('address_line3').nullable();
    t.text('city').nullable();
    t.text('county').nullable();
    t.text('district').nullable();
    t.text('municipality').nullable();
    t.text('state_or_region').nullable();
    t.text('postal_code').nullable();
    t.text('country_code').nullable();
    t.text('phone').nullable();
    t.text('address_type').nullable();
    timestamptz(knex, t, 'corrected_at');
    t.integer('corrected_by').nullable().references('id').inTable('users').onDelete('SET NULL');
    timestamps(knex, t);
    checkIn(t, 'amazon_order_addresses', 'address_type', AMAZON_ADDRESS_TYPES);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_order_addresses');
}

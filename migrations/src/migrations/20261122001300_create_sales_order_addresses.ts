import type { Knex } from 'knex';
import { ORDER_ADDRESS_TYPES } from '../constants.js';
import { checkIn, timestamps } from '../lib/schema.js';

// Billing and shipping address of a Commerce order (Magento sales_order_address).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sales_order_addresses', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.text('address_type').notNullable();
    t.text('name').nullable();
    t.text('street').nullable().comment('street lines joined by newlines, as Magento does');
    t.text('city').nullable();
    t.text('region').nullable();
    t.text('postcode').nullable();
    t.text('country_id').nullable();
    t.text('telephone').nullable();
    t.text('email').nullable();
    timestamps(knex, t);
    t.unique(['order_id', 'address_type'], {
      indexName: 'sales_order_addresses_order_id_address_type_unique',
    });
    checkIn(t, 'sales_order_addresses', 'address_type', ORDER_ADDRESS_TYPES);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_order_addresses');
}

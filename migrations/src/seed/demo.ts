// The demo data: the four demo users, the demo catalog and the demo store pointing at the SP-API sandbox.
// Idempotent: rows that exist are left alone, so a second run changes nothing.
import type { Knex } from 'knex';
import type { Role } from '../constants.js';
import { DEMO_CATALOG } from './demo-catalog.js';

export interface SeedDemoOptions {
  /** argon2 hash of $DEMO_PASSWORD, shared by the four demo users. */
  demoPasswordHash: string;
  /** Base URL of the SP-API sandbox, e.g. http://127.0.0.1:3100 (no trailing slash). */
  sandboxEndpoint: string;
  /** The demo credentials, already sealed by the API with $SECRET_KEY. */
  credentialsEncrypted: string;
}

const DEMO_USERS: readonly { username: Role; full_name: string }[] = [
  { username: 'admin', full_name: 'Ada Admin' },
  { username: 'manager', full_name: 'Marta Manager' },
  { username: 'fulfillment', full_name: 'Felix Fulfillment' },
  { username: 'support', full_name: 'Sofia Support' },
];

export const DEMO_STORE = {
  name: 'Demo Store (Sandbox US)',
  seller_id: 'A2DEMOSELLER01',
  marketplace_id: 'ATVPDKIKX0DER',
  region: 'na',
} as const;

export async function seedDemo(knex: Knex, options: SeedDemoOptions): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx('users')
      .insert(
        DEMO_USERS.map((u) => ({
          username: u.username,
          full_name: u.full_name,
          role: u.username,
          email: `${u.username}@orderdesk.example`,
          password_hash: options.demoPasswordHash,
        })),
      )
      .onConflict('username')
      .ignore();

    await trx('inventory_stock')
      .insert(DEMO_CATALOG.map(({ sku, name, on_hand, is_enabled }) => ({ sku, name, on_hand, is_enabled })))
      .onConflict('sku')
      .ignore();

    await seedDemoStore(trx, options);
  });
}

// The sandbox may listen on another port than last time ($SANDBOX_PORT), so the demo store follows
// its endpoint; nothing else of an existing store is touched, and an unchanged endpoint writes nothing.
async function seedDemoStore(trx: Knex.Transaction, options: SeedDemoOptions): Promise<void> {
  const endpoint = options.sandboxEndpoint.replace(/\/+$/, '');
  await trx('amazon_stores')
    .insert({
      ...DEMO_STORE,
      endpoint,
      lwa_endpoint: `${endpoint}/auth/o2/token`,
      credentials_encrypted: options.credentialsEncrypted,
    })
    .onConflict(['seller_id', 'marketplace_id'])
    .merge({
      endpoint: trx.raw('excluded.endpoint'),
      lwa_endpoint: trx.raw('excluded.lwa_endpoint'),
      updated_at: trx.fn.now(),
    })
    .whereRaw('amazon_stores.endpoint is distinct from excluded.endpoint');
}

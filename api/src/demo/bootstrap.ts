import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { seedDemo } from '@orderdesk/migrations';
import { hashPassword } from '../auth/passwords.js';
import { SecretBox } from '../crypto/secret-box.js';

export const DEMO_USERNAMES = ['admin', 'manager', 'fulfillment', 'support'] as const;

/** The sandbox accepts any LWA client; these stand in for a real seller's credentials. */
const SANDBOX_CREDENTIALS = {
  client_id: 'amzn1.application-oa2-client.orderdesk-demo',
  client_secret: 'orderdesk-demo-client-secret',
  refresh_token: 'Atzr|orderdesk-demo-refresh-token',
};

/** Seeds the demo users, catalog and sandbox store (idempotent) and says how to log in. */
export async function bootstrapDemo(
  knex: Knex,
  options: { demoPassword: string; sandboxPort: number; secretKey: string },
  logger: Logger,
): Promise<void> {
  const sandboxEndpoint = `http://127.0.0.1:${options.sandboxPort}`;
  await seedDemo(knex, {
    demoPasswordHash: await hashPassword(options.demoPassword),
    sandboxEndpoint,
    credentialsEncrypted: new SecretBox(options.secretKey).seal(SANDBOX_CREDENTIALS),
  });
  logger.info({ users: DEMO_USERNAMES, sandboxEndpoint }, 'demo data ready');
}

export function demoLoginBanner(url: string, password: string): string {
  const users = DEMO_USERNAMES.map((name) => `    ${name.padEnd(12)} ${password}`).join('\n');
  return `\n  Order Desk is running at ${url}\n  Demo users (username, password):\n${users}\n`;
}

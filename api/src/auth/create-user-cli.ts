import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { migrate } from '@orderdesk/migrations';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { newUserBody } from '../users/schemas.js';
import { createUser } from '../users/service.js';

const usage = `Creates an Order Desk user (for production; demo users come with DEMO=1).
  pnpm create-user --username NAME --role admin|manager|fulfillment|support --full-name "Full Name" [--email E]
The password is read from the ORDERDESK_PASSWORD environment variable, or asked for (twice) on the terminal.`;

async function askPassword(prompt: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let muted = false;
  const write = output._writeToOutput.bind(rl);
  output._writeToOutput = (text) => write(muted ? '' : text);
  const answer = new Promise<string>((resolve) => rl.question(prompt, resolve));
  muted = true;
  const password = await answer;
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function readPassword(): Promise<string> {
  if (process.env.ORDERDESK_PASSWORD) return process.env.ORDERDESK_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('No terminal to ask for the password: set ORDERDESK_PASSWORD.');
  const first = await askPassword('Password: ');
  const second = await askPassword('Repeat password: ');
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'full-name': { type: 'string' },
      email: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.username) {
    process.stdout.write(usage + '\n');
    process.exit(values.help ? 0 : 2);
  }
  const input = newUserBody.parse({
    username: values.username,
    role: values.role,
    full_name: values['full-name'],
    email: values.email,
    password: await readPassword(),
  });
  const config = loadConfig();
  const logger = createLogger('warn');
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDataDir: path.join(config.dataDir, 'pgdata'),
    poolMax: 2,
    logger,
  });
  try {
    await migrate(db.knex);
    const user = await createUser(db.knex, input, null);
    process.stdout.write(
      `Created user ${String(user.username)} (${String(user.role)}), id ${String(user.id)}.\n`,
    );
  } finally {
    await db.close();
  }
}

run().catch((error: unknown) => {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  const message = issues
    ? issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    : (error as Error).message;
  process.stderr.write(`create-user: ${message}\n`);
  process.exit(1);
});

import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const base = { SECRET_KEY: 'x'.repeat(32), DATA_DIR: path.join(os.tmpdir(), 'od-config-test') };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      demo: true,
      demoOrderRate: 2,
      demoPassword: 'orderdesk-demo',
      sandboxPort: 3100,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads DEMO=0 and a DATABASE_URL', () => {
    const config = loadConfig({ ...base, DEMO: '0', DATABASE_URL: 'postgres://u@localhost/db' });
    expect(config.demo).toBe(false);
    expect(config.databaseUrl).toBe('postgres://u@localhost/db');
  });

  it('reads the Amazon call timeout and the worker lease, within their bounds', () => {
    expect(loadConfig(base)).toMatchObject({ amazonTimeoutMs: 30_000, workerLeaseSeconds: 120 });
    expect(loadConfig({ ...base, AMAZON_TIMEOUT_MS: '1500', WORKER_LEASE_SECONDS: '10' })).toMatchObject({
      amazonTimeoutMs: 1500,
      workerLeaseSeconds: 10,
    });
    expect(() => loadConfig({ ...base, AMAZON_TIMEOUT_MS: '5' })).toThrow(/AMAZON_TIMEOUT_MS/);
    expect(() => loadConfig({ ...base, WORKER_LEASE_SECONDS: '1' })).toThrow(/WORKER_LEASE_SECONDS/);
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL/,
    );
    expect(() => loadConfig({ ...base, SECRET_KEY: 'short' })).toThrow(/SECRET_KEY: must be at least 32/);
  });

  it('generates a SECRET_KEY once into DATA_DIR and reuses it', () => {
    const dataDir = path.join(os.tmpdir(), `od-key-${process.pid}-${Date.now()}`);
    const first = loadConfig({ DATA_DIR: dataDir }).secretKey;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir }).secretKey).toBe(first);
  });
});

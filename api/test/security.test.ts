import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from './support/test-server.js';

/** Two servers: one reached directly, one as if behind a TLS proxy (TRUST_PROXY=1). */
let direct: TestServer;
let proxied: TestServer;
beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    startTestServer({ loginMaxFailures: 3 }),
    startTestServer({ loginMaxFailures: 3, trustProxy: true }),
  ]);
});
afterAll(async () => {
  await direct?.close();
  await proxied?.close();
});

const login = (server: TestServer, headers: Record<string, string> = {}, password = DEMO_PASSWORD) =>
  fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: 'manager', password }),
  });

describe('the session cookie', () => {
  it('is httpOnly and SameSite=Lax, and not Secure over plain HTTP', async () => {
    const cookie = (await login(direct)).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^od_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  it('is Secure behind a TLS proxy, and a client cannot claim TLS without one', async () => {
    const behindTls = (await login(proxied, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie');
    expect(behindTls).toMatch(/; Secure/i);
    expect(behindTls).toMatch(/; HttpOnly/i);
    expect(behindTls).toMatch(/; SameSite=Lax/i);
    // Without TRUST_PROXY the header is the client's own word: ignored.
    const claimed = (await login(direct, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie');
    expect(claimed).not.toMatch(/; Secure/i);
  });

  it('is cleared with the same flags on logout', async () => {
    const cookie = (
      (await login(proxied, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie') ?? ''
    ).split(';')[0]!;
    const res = await fetch(`${proxied.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const cleared = res.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^od_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/; HttpOnly/i);
    expect(cleared).toMatch(/; Secure/i);
  });
});

describe('the login rate limit', () => {
  it('answers 429 with a message once a client has failed too often, even with the right password', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(direct, {}, `wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await login(direct);
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({
      code: 'too_many_requests',
      message: expect.stringMatching(/Too many/),
    });
    expect(blocked.headers.get('ratelimit-policy')).toMatch(/^3;w=900/);
  });

  it('behind the proxy, counts the address the proxy saw: a made-up X-Forwarded-For does not reset it', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      // The proxy appends the address it saw; what comes before it is whatever the client sent.
      const res = await login(proxied, { 'x-forwarded-for': `10.9.8.${i}, 203.0.113.7` }, `wrong-${i}`);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another client behind the same proxy is not locked out by the first one.
    expect((await login(proxied, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
  });
});

describe('security headers', () => {
  it('come with every API answer, errors included', async () => {
    for (const url of ['/api/health', '/api/users', '/api/no-such-thing']) {
      const res = await fetch(direct.url + url);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), url).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security'), url).toMatch(/max-age=\d+/);
      expect(res.headers.get('referrer-policy'), url).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy'), url).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), url).toBeNull();
      expect(res.headers.get('content-security-policy'), url).toContain("default-src 'self'");
    }
  });

  it('give the panel HTML a strict CSP: own origin only, no inline or eval scripts, no framing', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'od-panel-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Order Desk</title>');
    const { app } = buildServer({
      knex: direct.knex,
      boss: direct.boss,
      secretBox: direct.services.secretBox,
      logger: pino({ level: 'silent' }),
      sessionTtlMs: 60_000,
      loginMaxFailures: 3,
      trustProxy: false,
      adminUiDist: dist,
    });
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const page of ['/', '/orders/12/show']) {
        const res = await fetch(base + page);
        expect(res.status, page).toBe(200);
        expect(await res.text()).toContain('<title>Order Desk</title>');
        const directives = new Map(
          (res.headers.get('content-security-policy') ?? '').split(';').map((part) => {
            const [name, ...values] = part.trim().split(/\s+/);
            return [name!, values.join(' ')];
          }),
        );
        expect(directives.get('default-src')).toBe("'self'");
        expect(directives.get('script-src')).toBe("'self'");
        expect(directives.get('object-src')).toBe("'none'");
        expect(directives.get('frame-ancestors')).toBe("'none'");
        expect(directives.get('base-uri')).toBe("'self'");
        expect(directives.get('form-action')).toBe("'self'");
        expect(directives.get('connect-src')).toBe("'self'");
        for (const [name, value] of directives) expect(value, name).not.toMatch(/unsafe-eval|\*|https?:|^$/);
      }
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});

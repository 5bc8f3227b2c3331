import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

let s: RunningSandbox;
beforeAll(async () => {
  s = await startSandbox();
});
afterAll(() => s.close());

const grant = (fields: Record<string, string>) =>
  fetch(`${s.baseUrl}/auth/o2/token`, { method: 'POST', body: new URLSearchParams(fields) });

const good = {
  grant_type: 'refresh_token',
  refresh_token: 'Atzr|abc',
  client_id: 'client',
  client_secret: 'secret',
};
const ORDERS_PATH = '/orders/v0/orders/111-1111111-1111111';

describe('LWA token endpoint', () => {
  it('exchanges a refresh token for a bearer access token', async () => {
    const res = await grant(good);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^Atza\|/),
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token: 'Atzr|abc',
    });
  });

  it('refuses a revoked refresh token as invalid_grant', async () => {
    const res = await grant({ ...good, refresh_token: 'revoked-by-the-seller' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'The request has an invalid grant parameter : refresh_token',
    });
  });

  it('answers the other LWA errors as LWA does', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ ...good, client_secret: '' }, 401, 'invalid_client'],
      [{ ...good, grant_type: 'password' }, 400, 'unsupported_grant_type'],
      [{ ...good, refresh_token: '' }, 400, 'invalid_request'],
      [{ client_id: 'c', client_secret: 's' }, 400, 'invalid_request'],
    ];
    for (const [fields, status, error] of cases) {
      const res = await grant(fields);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      expect(await res.json()).toMatchObject({ error, error_description: expect.any(String) });
    }
  });

  it('denies SP-API calls without a live token, with Amazon 403 bodies', async () => {
    const missing = await fetch(`${s.baseUrl}${ORDERS_PATH}`);
    expect(missing.status).toBe(403);
    expect(missing.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(missing.headers.get('x-amzn-ratelimit-limit')).toBeNull();
    expect(await missing.json()).toEqual({
      errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: '' }],
    });
    const unknown = await s.call('GET', ORDERS_PATH, 'Atza|made-up');
    expect(unknown.status).toBe(403);
  });

  it('expires every token on /_sandbox/tokens/expire, and a new grant works again', async () => {
    const token = await s.token();
    expect((await s.call('GET', ORDERS_PATH, token)).status).toBe(404);
    const expired = await s.control<{ expired: number }>('POST', '/tokens/expire');
    expect(expired.body.expired).toBeGreaterThan(0);
    const denied = await s.call('GET', ORDERS_PATH, token);
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      errors: [{ code: 'Unauthorized', message: 'The access token you provided has expired.', details: '' }],
    });
    expect((await s.call('GET', ORDERS_PATH, await s.token())).status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { endpointUrl, isLoopbackHost, lwaEndpointFor } from './endpoint-url.js';

describe('a store endpoint', () => {
  it.each([
    ['https://sellingpartnerapi-eu.amazon.com/', 'https://sellingpartnerapi-eu.amazon.com'],
    ['  https://proxy.example.com/sp-api//  ', 'https://proxy.example.com/sp-api'],
    ['http://127.0.0.1:3100', 'http://127.0.0.1:3100'],
    ['http://localhost:3100/', 'http://localhost:3100'],
    ['http://[::1]:3100', 'http://[::1]:3100'],
    ['', null],
    [null, null],
  ])('takes %j as %j', (raw, stored) => {
    expect(endpointUrl.parse(raw)).toBe(stored);
  });

  it.each([
    'http://sellingpartnerapi-eu.amazon.com',
    'http://10.0.0.5:3100',
    'http://127.0.0.1.example.com',
    'ftp://127.0.0.1',
    'javascript:alert(1)',
    'https://user:secret@example.com',
    'https://example.com/?token=1',
    'example.com',
    42,
  ])('refuses %j', (raw) => {
    expect(endpointUrl.safeParse(raw).success).toBe(false);
  });

  it('knows loopback hosts from others', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['127.0.0.1.nip.io', '10.0.0.1', 'example.com', '::1'].some(isLoopbackHost)).toBe(false);
  });

  it("logs in at the sandbox's token route on a loopback endpoint, else at Amazon's unless told", () => {
    expect(lwaEndpointFor('http://127.0.0.1:3100', undefined)).toBe('http://127.0.0.1:3100/auth/o2/token');
    expect(lwaEndpointFor('https://proxy.example.com', undefined)).toBeNull();
    expect(lwaEndpointFor(null, undefined)).toBeNull();
    expect(lwaEndpointFor('http://127.0.0.1:3100', null)).toBeNull();
    expect(lwaEndpointFor(null, 'https://lwa.example.com/token')).toBe('https://lwa.example.com/token');
  });
});

import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

const credentials = { client_id: 'amzn1.client', client_secret: 's3cret', refresh_token: 'Atzr|token' };

describe('SecretBox (AES-256-GCM)', () => {
  it('opens what it sealed, and the sealed text reveals nothing', () => {
    const box = new SecretBox('k'.repeat(40));
    const sealed = box.seal(credentials);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('s3cret');
    expect(box.open(sealed)).toEqual(credentials);
  });

  it('uses a fresh nonce each time', () => {
    const box = new SecretBox('k'.repeat(40));
    expect(box.seal(credentials)).not.toBe(box.seal(credentials));
  });

  it('refuses another key and a tampered value', () => {
    const sealed = new SecretBox('k'.repeat(40)).seal(credentials);
    expect(() => new SecretBox('z'.repeat(40)).open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => new SecretBox('k'.repeat(40)).open(parts.join('.'))).toThrow();
  });
});

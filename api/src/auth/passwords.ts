import argon2 from 'argon2';
import pLimit from 'p-limit';

/**
 * argon2id with the library's defaults: memory-hard, each hash or check takes 64 MiB (m=65536) for its
 * duration, outside V8's heap. One at a time per process, so logins arriving together cost 64 MiB of
 * resident memory, not 64 MiB each (four at once, one per libuv thread, were +256 MB).
 */
const oneAtATime = pLimit(1);

export function hashPassword(password: string): Promise<string> {
  return oneAtATime(() => argon2.hash(password, { type: argon2.argon2id }));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await oneAtATime(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

// Checked when the username is unknown, so a wrong username costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('order-desk decoy password');
  return decoyHash;
}

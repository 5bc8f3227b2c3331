import argon2 from 'argon2';

/** argon2id with the library's defaults (memory-hard; about 20 ms a hash on this hardware). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
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

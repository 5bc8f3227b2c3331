import path from 'node:path';

export const DEMO_PASSWORD = 'orderdesk-demo';

export const ROLES = ['admin', 'manager', 'fulfillment', 'support'] as const;
export type Role = (typeof ROLES)[number];

export const FULL_NAMES: Record<Role, string> = {
  admin: 'Ada Admin',
  manager: 'Marta Manager',
  fulfillment: 'Felix Fulfillment',
  support: 'Sofia Support',
};

/** One saved login per role, written by auth.setup.ts. */
export const storageStateOf = (role: Role) => path.join(import.meta.dirname, '..', '.auth', `${role}.json`);

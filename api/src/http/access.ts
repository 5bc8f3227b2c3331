import { ROLES, type Role } from '@orderdesk/migrations';

/** Every logged-in user, whatever the role. */
export const ALL_ROLES: readonly Role[] = ROLES;
export const MANAGERS: readonly Role[] = ['admin', 'manager'];
export const ORDER_PROCESSORS: readonly Role[] = ['admin', 'manager', 'fulfillment'];
export const ADMINS: readonly Role[] = ['admin'];

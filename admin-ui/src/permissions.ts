// Who may do what in the panel. The API enforces the same rules (product.md, "Roles"); the panel only
// hides what the API would refuse. authProvider.canAccess reads this table.

export const ROLES = ['admin', 'manager', 'fulfillment', 'support'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Every resource the panel knows, plus `dashboard` (not a react-admin resource, but guarded the same way). */
export const RESOURCE_NAMES = [
  'dashboard',
  'orders',
  'amazon-orders',
  'amazon-stores',
  'amazon-sync-runs',
  'amazon-errors',
  'stock',
  'users',
  'audit-log',
  'outbound-emails',
] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

/**
 * What react-admin asks about (list, show, edit, create, delete, export), and the order actions later
 * issues add: name them here (e.g. 'cancel', 'invoice', 'ship', 'credit-memo', 'hold', 'comment') and grant
 * them below; a button then asks `useCanAccess({ resource, action: 'ship' })`.
 */
export type Action =
  | 'list'
  | 'show'
  | 'edit'
  | 'create'
  | 'delete'
  | 'export'
  | 'cancel'
  | 'invoice'
  | 'ship'
  | 'credit-memo'
  | 'hold'
  | 'comment'
  | 'sync';

/** '*' grants every action; a list grants those actions only; an empty list denies the resource. */
type Grant = '*' | readonly Action[];

/** Per role: a grant per resource, and '*' for every resource not named. Nothing granted is refused. */
type RoleGrants = Partial<Record<ResourceName | '*', Grant>>;

const READ: readonly Action[] = ['list', 'show'];

/** Fulfillment and support read the sales and channel screens; fulfillment's order actions are granted below. */
const staffGrants: RoleGrants = {
  dashboard: READ,
  orders: READ,
  'amazon-orders': READ,
  'amazon-stores': READ,
  'amazon-sync-runs': READ,
  'amazon-errors': READ,
  stock: READ,
};

export const permissions: Record<Role, RoleGrants> = {
  admin: { '*': '*' },
  manager: { '*': '*', users: [] },
  // Fulfillment processes orders (the API's ORDER_PROCESSORS), cancels Unshipped Amazon orders and corrects
  // their shipping address (edit).
  fulfillment: {
    ...staffGrants,
    orders: [...READ, 'invoice', 'ship', 'credit-memo', 'cancel', 'hold', 'comment'],
    'amazon-orders': [...READ, 'cancel', 'edit'],
  },
  // Support reads what staff read and comments on orders; nothing else.
  support: { ...staffGrants, orders: [...READ, 'comment'] },
};

const grantFor = (grants: RoleGrants, resource: string): Grant | undefined =>
  Object.hasOwn(grants, resource) ? grants[resource as ResourceName] : grants['*'];

/** Whether `role` may perform `action` on `resource`; unknown roles, resources and actions are refused. */
export const can = (role: Role, resource: string, action: string): boolean => {
  const grant = grantFor(permissions[role], resource);
  if (grant === undefined) return false;
  return grant === '*' || (grant as readonly string[]).includes(action);
};

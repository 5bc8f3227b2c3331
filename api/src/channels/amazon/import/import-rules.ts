import type { AmazonOrderStatus, ImportState } from '@orderdesk/migrations';

export interface ImportSituation {
  importOrders: boolean;
  reservePending: boolean;
  status: AmazonOrderStatus;
  fulfillmentChannel: 'MFN' | 'AFN' | null;
  importState: ImportState;
  hasCommerceOrder: boolean;
  inventoryReserved: boolean;
}

/**
 * What the importer does with an Amazon order now (product.md sections 2 to 5):
 * - read_only: the store does not import; Amazon orders are only shown.
 * - cancel: Amazon canceled it; the Commerce order (if any) is canceled and every reservation released.
 * - reserve: a seller-fulfilled Pending order, and the store reserves for Pending ones.
 * - create: the order becomes a Commerce order now (MFN from Unshipped on, reserving; AFN once Shipped, never).
 * - follow: it already is a Commerce order; apply what Amazon shipped since.
 * - wait: nothing to do yet.
 */
export type ImportAction = 'read_only' | 'cancel' | 'reserve' | 'create' | 'follow' | 'wait';

const SELLER_IMPORTABLE: readonly AmazonOrderStatus[] = [
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'InvoiceUnconfirmed',
];
const AMAZON_SHIPPED: readonly AmazonOrderStatus[] = ['Shipped', 'InvoiceUnconfirmed'];

export function decideImport(s: ImportSituation): ImportAction {
  if (!s.importOrders) return 'read_only';
  if (s.status === 'Canceled') return 'cancel';
  if (s.hasCommerceOrder) return 'follow';
  if (s.fulfillmentChannel === 'AFN') return AMAZON_SHIPPED.includes(s.status) ? 'create' : 'wait';
  if (SELLER_IMPORTABLE.includes(s.status)) return 'create';
  if (s.status === 'Pending' && s.reservePending && !s.inventoryReserved) return 'reserve';
  return 'wait';
}

/** Amazon-fulfilled orders never touch our stock: Amazon ships from its own. */
export const reservesStock = (channel: 'MFN' | 'AFN' | null) => channel !== 'AFN';

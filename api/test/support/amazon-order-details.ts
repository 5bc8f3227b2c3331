import type { SandboxedServer } from './sandboxed-server.js';
import { syncOnce } from './sync-helpers.js';

/** A correction as the panel sends it (a lower-case country code is accepted and stored upper-case). */
export const CORRECTED = {
  name: 'Jane Roe',
  address_line1: '500 Market St',
  address_line2: 'Suite 300',
  address_line3: '',
  city: 'San Francisco',
  state_or_region: 'CA',
  postal_code: '94105',
  country_code: 'us',
  phone: '+1 415 555 0100',
};

/** The correction as stored: trimmed, blanks as null, the country code upper-case. */
export const CORRECTED_STORED = { ...CORRECTED, address_line3: null, country_code: 'US' };

/** Bodies the API refuses (400), each with the field its answer names. */
export const BAD_INPUTS: [string, unknown, string][] = [
  ['an unknown top-level field', { shipping_address: CORRECTED, status: 'Canceled' }, ''],
  ['an unknown address field', { shipping_address: { ...CORRECTED, county: 'Marin' } }, 'shipping_address'],
  ['no address', {}, 'shipping_address'],
  ['an empty city', { shipping_address: { ...CORRECTED, city: '  ' } }, 'shipping_address.city'],
  ['no name', { shipping_address: { ...CORRECTED, name: undefined } }, 'shipping_address.name'],
  [
    'a bad US postal code',
    { shipping_address: { ...CORRECTED, postal_code: '9410' } },
    'shipping_address.postal_code',
  ],
  [
    'no US postal code',
    { shipping_address: { ...CORRECTED, postal_code: '' } },
    'shipping_address.postal_code',
  ],
  [
    'an unknown country code',
    { shipping_address: { ...CORRECTED, country_code: 'XX' } },
    'shipping_address.country_code',
  ],
  [
    'an alpha-3 country code',
    { shipping_address: { ...CORRECTED, country_code: 'USA' } },
    'shipping_address.country_code',
  ],
  ['a name too long', { shipping_address: { ...CORRECTED, name: 'x'.repeat(101) } }, 'shipping_address.name'],
  ['a number for a city', { shipping_address: { ...CORRECTED, city: 12 } }, 'shipping_address.city'],
  [
    'a control character',
    { shipping_address: { ...CORRECTED, address_line1: 'a\u0007b' } },
    'shipping_address.address_line1',
  ],
];

export interface SandboxAddress {
  Name: string;
  AddressLine1: string;
  City: string;
  StateOrRegion: string;
  PostalCode: string;
  CountryCode: string;
}

export interface SandboxItem {
  OrderItemId: string;
  ASIN: string;
  SellerSKU: string;
  Title: string;
  QuantityOrdered: number;
  ConditionId?: string;
  ItemPrice?: { Amount: string };
  ItemTax?: { Amount: string };
  ShippingPrice?: { Amount: string };
}

/** Orders on "Amazon" and what the app stored of them, for the Amazon Order Details tests. */
export function detailHelpers(ctx: SandboxedServer) {
  const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);
  async function createOrder(status: string): Promise<string> {
    const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
      count: 1,
      status,
      fulfillment_channel: 'MFN',
      skus: ['OD-KIT-001'],
      quantity: 1,
      age_seconds: 150,
      brief: true,
    });
    await sync();
    return order_ids[0]!;
  }
  const sandboxOrder = (id: string) =>
    ctx.sandbox.get<{
      order: { OrderStatus: string; ShippingAddress?: SandboxAddress };
      items: SandboxItem[];
    }>(`/_sandbox/orders/${id}`);
  const amazonOrder = (id: string) => ctx.server.knex('amazon_orders').where({ amazon_order_id: id }).first();
  async function storedAddress(id: string) {
    return ctx.server
      .knex('amazon_order_addresses')
      .where({ order_id: (await amazonOrder(id)).id })
      .first();
  }
  async function commerceShippingAddress(id: string) {
    const commerce = await ctx.server
      .knex('sales_orders')
      .where({ amazon_order_id: (await amazonOrder(id)).id })
      .first('id');
    return ctx.server
      .knex('sales_order_addresses')
      .where({ order_id: commerce.id, address_type: 'shipping' })
      .first();
  }
  const auditRows = (id: string) =>
    ctx.server
      .knex('audit_log')
      .where({ action: 'amazon-orders.address-corrected', record_id: id })
      .orderBy('id');
  /** Amazon changes the order (the buyer asks to cancel), so that the next sync writes it again. */
  const touchOnAmazon = (id: string) =>
    ctx.sandbox.control(`/_sandbox/orders/${id}/buyer-cancel-request`, {
      reason: 'Changed my mind',
      age_seconds: 140,
    });
  const correct = (id: string, address: unknown = CORRECTED, client = ctx.fulfillment) =>
    client.put<Record<string, unknown> & { message: string; details: { field: string }[] }>(
      `/api/amazon-orders/${encodeURIComponent(id)}`,
      { shipping_address: address },
    );
  return {
    sync,
    createOrder,
    sandboxOrder,
    amazonOrder,
    storedAddress,
    commerceShippingAddress,
    auditRows,
    touchOnAmazon,
    correct,
  };
}

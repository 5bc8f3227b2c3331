import { vi } from 'vitest';
import { reservedFor as reservedForOrder, shipmentLedgerOf } from './order-ledger.js';
import type { SandboxedServer } from './sandboxed-server.js';
import { syncOnce } from './sync-helpers.js';

export const UPS = { carrier: 'ups', title: 'United Parcel Service', tracking_number: '1Z999AA10123456784' };

export interface ShipmentAnswer {
  id: number;
  increment_id: string;
  order_id: number;
  order_status: string;
  total_qty: number;
  items: { order_item_id: number; sku: string; qty: number }[];
  track: { carrier_code: string; title: string | null; track_number: string };
  amazon: { amazon_order_id: string; confirmation: string } | null;
}

export interface SandboxShipment {
  amazonOrderId: string;
  packageDetail: {
    packageReferenceId: string;
    carrierCode: string;
    carrierName?: string;
    trackingNumber: string;
    shipDate: string;
    orderItems: { orderItemId: string; quantity: number }[];
  };
}

/** What the shipment tests share: orders to ship, the ship route, and what moved in stock and at Amazon. */
export function shipmentHelpers(ctx: SandboxedServer) {
  const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);
  /**
   * A sync as it runs three minutes from now: Amazon's two-minute rule keeps a change made just now (our own
   * shipment confirmation) out of a sync until then.
   */
  async function syncLater() {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3 * 60_000, shouldAdvanceTime: true });
    try {
      return await sync();
    } finally {
      vi.useRealTimers();
    }
  }
  async function newOrder(skus: string[], quantity: number): Promise<string> {
    const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
      count: 1,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus,
      quantity,
      age_seconds: 150,
      brief: true,
    });
    await sync();
    return order_ids[0]!;
  }
  const amazonOrder = (id: string) => ctx.server.knex('amazon_orders').where({ amazon_order_id: id }).first();
  async function commerceOrder(id: string) {
    return ctx.server
      .knex('sales_orders')
      .where({ amazon_order_id: (await amazonOrder(id)).id })
      .first();
  }
  async function commerceItems(id: string): Promise<{ id: number; sku: string; qty_shipped: number }[]> {
    return ctx.server
      .knex('sales_order_items')
      .where({ order_id: (await commerceOrder(id)).id })
      .orderBy('id');
  }
  async function invoice(id: string): Promise<void> {
    const res = await ctx.fulfillment.post(`/api/orders/${(await commerceOrder(id)).id}/invoices`, {});
    if (res.status !== 201) throw new Error(`invoice: ${res.status} ${res.text}`);
  }
  const ship = async (id: string, body: unknown = UPS, client = ctx.fulfillment) =>
    client.post<ShipmentAnswer & { message: string }>(
      `/api/orders/${(await commerceOrder(id)).id}/shipments`,
      body,
    );
  const onHand = async (sku: string) =>
    (await ctx.server.knex('inventory_stock').where({ sku }).first('on_hand')).on_hand as number;
  const reservedFor = (id: string) => reservedForOrder(ctx.server.knex, id);
  const shipmentLedger = (id: string) => shipmentLedgerOf(ctx.server.knex, id);
  async function shipmentsOf(id: string): Promise<{ id: number; total_qty: number }[]> {
    return ctx.server
      .knex('sales_shipments')
      .where({ order_id: (await commerceOrder(id)).id })
      .orderBy('id');
  }
  const sandboxShipments = async (id: string) =>
    (await ctx.sandbox.get<{ shipments: SandboxShipment[] }>('/_sandbox/shipments')).shipments.filter(
      (shipment) => shipment.amazonOrderId === id,
    );
  const sandboxOrder = (id: string) =>
    ctx.sandbox.get<{ order: { OrderStatus: string }; items: { OrderItemId: string; SellerSKU: string }[] }>(
      `/_sandbox/orders/${id}`,
    );
  async function commandsOf(id: string) {
    return ctx.server
      .knex('outbox')
      .where({ kind: 'amazon.confirm_shipment', aggregate_id: String((await amazonOrder(id)).id) })
      .orderBy('id');
  }
  return {
    sync,
    syncLater,
    newOrder,
    amazonOrder,
    commerceOrder,
    commerceItems,
    invoice,
    ship,
    onHand,
    reservedFor,
    shipmentLedger,
    shipmentsOf,
    sandboxShipments,
    sandboxOrder,
    commandsOf,
  };
}

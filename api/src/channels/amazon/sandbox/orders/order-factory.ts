// Creating orders in a given state, for the control routes, the backlog and the demo: generate each at
// checkout, then walk it to the wanted status, every step dated `ageSeconds` ago (or at `changeAtMs`).
import { findMarketplace, type Marketplace } from '../amazon/marketplaces.js';
import { wholeSeconds } from '../amazon/iso-time.js';
import type { FulfillmentChannel, OrderStatus } from '../amazon/model-types.js';
import type { SandboxContext } from '../context.js';
import { generateOrder } from './order-generator.js';
import { OrderRuleError } from './order-lifecycle.js';
import type { CancelActor, SandboxOrder } from './sandbox-order.js';
import { bringNewOrderTo } from './status-moves.js';

export interface CreateOrdersRequest {
  count: number;
  status?: OrderStatus;
  fulfillmentChannel?: FulfillmentChannel;
  skus?: readonly string[];
  quantity?: number;
  /** PurchaseDate is this long ago; so are the status changes unless changeAtMs says otherwise. */
  ageSeconds: number;
  changeAtMs?: number;
  marketplaceId?: string;
  /** Who cancels, for status Canceled (default the buyer). */
  by?: CancelActor;
}

const SELLER_ONLY: ReadonlySet<OrderStatus> = new Set(['Unshipped', 'InvoiceUnconfirmed']);

function marketplaceFor(ctx: SandboxContext, id: string | undefined): Marketplace {
  const marketplace = findMarketplace(id ?? ctx.options.marketplaceId);
  if (!marketplace) throw new OrderRuleError(`The sandbox does not create orders in marketplace ${id}`);
  return marketplace;
}

/** Refuses, before anything is created, a request no order could satisfy. */
function checkRequest(request: CreateOrdersRequest): void {
  const { status, fulfillmentChannel, quantity, skus } = request;
  if (status && SELLER_ONLY.has(status) && fulfillmentChannel === 'AFN') {
    throw new OrderRuleError(`An AFN order is never ${status}: Amazon ships it from Pending`);
  }
  if (status === 'PartiallyShipped' && quantity === 1 && !(skus && skus.length >= 2)) {
    throw new OrderRuleError('PartiallyShipped needs at least two units: quantity >= 2 or two skus');
  }
}

export function createOrders(ctx: SandboxContext, request: CreateOrdersRequest): SandboxOrder[] {
  checkRequest(request);
  const marketplace = marketplaceFor(ctx, request.marketplaceId);
  const purchaseMs = wholeSeconds(ctx.now() - request.ageSeconds * 1000);
  const channel =
    request.fulfillmentChannel ?? (request.status && SELLER_ONLY.has(request.status) ? 'MFN' : undefined);
  const quantity = request.quantity ?? (request.status === 'PartiallyShipped' ? 2 : undefined);
  const generator = {
    random: ctx.random,
    products: ctx.products,
    problemSkuRate: ctx.options.problemSkuRate,
    isTaken: (id: string) => ctx.state.orders.has(id),
  };
  const created: SandboxOrder[] = [];
  for (let i = 0; i < request.count; i += 1) {
    const entry = generateOrder(generator, {
      marketplace,
      purchaseMs,
      ...(channel ? { fulfillmentChannel: channel } : {}),
      ...(request.skus ? { skus: request.skus } : {}),
      ...(quantity !== undefined ? { quantity } : {}),
    });
    if (request.status) {
      bringNewOrderTo(entry, request.status, request.by ?? 'buyer', request.changeAtMs ?? purchaseMs);
    }
    ctx.state.orders.add(entry);
    created.push(entry);
  }
  return created;
}

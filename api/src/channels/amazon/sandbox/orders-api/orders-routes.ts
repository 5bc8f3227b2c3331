// Orders API v0: getOrders, getOrder, getOrderItems, getOrderAddress, getOrderBuyerInfo and
// confirmShipment, answered as ordersV0.json describes them.
import express, { Router } from 'express';
import { toAmazonDate } from '../amazon/iso-time.js';
import type { SandboxContext } from '../context.js';
import { spOperation } from '../http/sp-operation.js';
import { findOrdersPage } from '../orders/order-query.js';
import { publicAddress, publicBuyerInfo, publicItems, publicOrder } from '../orders/public-views.js';
import { confirmShipment } from './confirm-shipment.js';
import { findOrder } from './find-order.js';
import { parseGetOrders } from './get-orders-params.js';
import { decodeItemsToken, encodeItemsToken, encodeOrdersToken } from './next-token.js';

const BASE = '/orders/v0/orders';

export function ordersRoutes(ctx: SandboxContext): Router {
  const router = Router();
  const orderId = (params: Record<string, unknown>) => String(params.orderId);

  router.get(
    BASE,
    spOperation(ctx, 'getOrders', ({ req, nowMs }) => {
      const { query, cursor } = parseGetOrders(req.query as Record<string, unknown>, nowMs);
      const page = findOrdersPage(ctx.state.orders, query, cursor);
      const cutOff = toAmazonDate(query.beforeMs);
      return {
        status: 200,
        body: {
          payload: {
            Orders: page.orders.map(publicOrder),
            ...(page.next ? { NextToken: encodeOrdersToken(query, page.next) } : {}),
            ...(query.family === 'created' ? { CreatedBefore: cutOff } : { LastUpdatedBefore: cutOff }),
          },
        },
      };
    }),
  );

  router.get(
    `${BASE}/:orderId`,
    spOperation(ctx, 'getOrder', ({ req }) => ({
      status: 200,
      body: { payload: publicOrder(findOrder(ctx, orderId(req.params))) },
    })),
  );

  router.get(
    `${BASE}/:orderId/orderItems`,
    spOperation(ctx, 'getOrderItems', ({ req }) => {
      const entry = findOrder(ctx, orderId(req.params));
      const token = typeof req.query.NextToken === 'string' ? req.query.NextToken : undefined;
      const offset = token ? decodeItemsToken(token, entry.order.AmazonOrderId) : 0;
      const size = ctx.options.itemsPageSize;
      const items = publicItems(entry);
      const more = offset + size < items.length;
      return {
        status: 200,
        body: {
          payload: {
            OrderItems: items.slice(offset, offset + size),
            ...(more ? { NextToken: encodeItemsToken(entry.order.AmazonOrderId, offset + size) } : {}),
            AmazonOrderId: entry.order.AmazonOrderId,
          },
        },
      };
    }),
  );

  router.get(
    `${BASE}/:orderId/address`,
    spOperation(ctx, 'getOrderAddress', ({ req }) => ({
      status: 200,
      body: { payload: publicAddress(findOrder(ctx, orderId(req.params))) },
    })),
  );

  router.get(
    `${BASE}/:orderId/buyerInfo`,
    spOperation(ctx, 'getOrderBuyerInfo', ({ req }) => ({
      status: 200,
      body: { payload: publicBuyerInfo(findOrder(ctx, orderId(req.params))) },
    })),
  );

  router.post(
    `${BASE}/:orderId/shipmentConfirmation`,
    express.raw({ type: () => true, limit: '1mb' }),
    spOperation(ctx, 'confirmShipment', (call) => confirmShipment(ctx, orderId(call.req.params), call)),
  );

  return router;
}

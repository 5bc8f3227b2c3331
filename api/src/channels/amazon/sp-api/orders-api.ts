import type { Logger } from 'pino';
import type { components } from './generated/orders-v0.js';
import {
  getOrderItemsPayloadSchema,
  getOrdersPayloadSchema,
  orderAddressSchema,
  orderBuyerInfoSchema,
  orderSchema,
  payloadOf,
  type SpOrder,
  type SpOrderItem,
} from './schemas/orders.js';
import type { SpApiTransport } from './transport.js';
import { unexpectedOrderValues } from './unexpected-values.js';

/** getOrders' filters the product uses. Exactly one of createdAfter or lastUpdatedAfter. */
// Built once: a zod schema compiles its parser on first use, so one per call would compile every time.
const getOrdersPayloadAnswer = payloadOf(getOrdersPayloadSchema);
const orderAnswer = payloadOf(orderSchema);
const getOrderItemsPayloadAnswer = payloadOf(getOrderItemsPayloadSchema);
const orderAddressAnswer = payloadOf(orderAddressSchema);
const orderBuyerInfoAnswer = payloadOf(orderBuyerInfoSchema);

export interface GetOrdersFilter {
  marketplaceIds: readonly string[];
  lastUpdatedAfter?: string;
  lastUpdatedBefore?: string;
  createdAfter?: string;
  createdBefore?: string;
  orderStatuses?: readonly string[];
  fulfillmentChannels?: readonly string[];
  amazonOrderIds?: readonly string[];
  maxResultsPerPage?: number;
}

export interface OrdersPage {
  orders: SpOrder[];
  nextToken: string | undefined;
  /** Amazon's cut-off for this query: the next sync may start here. */
  lastUpdatedBefore: string | undefined;
  createdBefore: string | undefined;
}

export type ConfirmShipmentRequest = components['schemas']['ConfirmShipmentRequest'];

/** Orders API v0: the operations Order Desk uses. */
export class OrdersApi {
  constructor(
    private readonly transport: SpApiTransport,
    private readonly logger: Logger,
  ) {}

  /** Every page of a getOrders query, following NextToken (which keeps the first call's filters). */
  async *getOrders(filter: GetOrdersFilter): AsyncGenerator<OrdersPage> {
    let nextToken: string | undefined;
    do {
      const query = nextToken
        ? { MarketplaceIds: filter.marketplaceIds, NextToken: nextToken }
        : {
            MarketplaceIds: filter.marketplaceIds,
            LastUpdatedAfter: filter.lastUpdatedAfter,
            LastUpdatedBefore: filter.lastUpdatedBefore,
            CreatedAfter: filter.createdAfter,
            CreatedBefore: filter.createdBefore,
            OrderStatuses: filter.orderStatuses,
            FulfillmentChannels: filter.fulfillmentChannels,
            AmazonOrderIds: filter.amazonOrderIds,
            MaxResultsPerPage: filter.maxResultsPerPage,
          };
      const { payload } = await this.transport.call({
        operation: 'getOrders',
        method: 'GET',
        path: '/orders/v0/orders',
        query,
        schema: getOrdersPayloadAnswer,
      });
      payload.Orders.forEach((order) => this.reportUnexpected(order));
      nextToken = payload.NextToken || undefined;
      yield {
        orders: payload.Orders,
        nextToken,
        lastUpdatedBefore: payload.LastUpdatedBefore,
        createdBefore: payload.CreatedBefore,
      };
    } while (nextToken);
  }

  async getOrder(orderId: string): Promise<SpOrder> {
    const { payload } = await this.transport.call({
      operation: 'getOrder',
      method: 'GET',
      path: `/orders/v0/orders/${encodeURIComponent(orderId)}`,
      schema: orderAnswer,
    });
    this.reportUnexpected(payload);
    return payload;
  }

  /** All of an order's items, across pages. */
  async getOrderItems(orderId: string): Promise<SpOrderItem[]> {
    const items: SpOrderItem[] = [];
    let nextToken: string | undefined;
    do {
      const { payload } = await this.transport.call({
        operation: 'getOrderItems',
        method: 'GET',
        path: `/orders/v0/orders/${encodeURIComponent(orderId)}/orderItems`,
        query: { NextToken: nextToken },
        schema: getOrderItemsPayloadAnswer,
      });
      items.push(...payload.OrderItems);
      nextToken = payload.NextToken || undefined;
    } while (nextToken);
    return items;
  }

  async getOrderAddress(orderId: string) {
    const { payload } = await this.transport.call({
      operation: 'getOrderAddress',
      method: 'GET',
      path: `/orders/v0/orders/${encodeURIComponent(orderId)}/address`,
      schema: orderAddressAnswer,
    });
    return payload;
  }

  async getOrderBuyerInfo(orderId: string) {
    const { payload } = await this.transport.call({
      operation: 'getOrderBuyerInfo',
      method: 'GET',
      path: `/orders/v0/orders/${encodeURIComponent(orderId)}/buyerInfo`,
      schema: orderBuyerInfoAnswer,
    });
    return payload;
  }

  /** Tells Amazon a package left, with its tracking; Amazon answers 204. */
  async confirmShipment(orderId: string, request: ConfirmShipmentRequest): Promise<void> {
    await this.transport.call({
      operation: 'confirmShipment',
      method: 'POST',
      path: `/orders/v0/orders/${encodeURIComponent(orderId)}/shipmentConfirmation`,
      body: request,
      schema: null,
      idempotent: false,
    });
  }

  private reportUnexpected(order: SpOrder): void {
    const unexpected = unexpectedOrderValues(order);
    if (unexpected.length > 0) {
      this.logger.warn(
        { amazonOrderId: order.AmazonOrderId, unexpected },
        'Amazon sent values the models do not list; kept as they are',
      );
    }
  }
}

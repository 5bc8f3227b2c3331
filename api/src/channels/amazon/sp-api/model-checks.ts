// Compile-time proof that the edge schemas accept every answer Amazon's own models allow: if the model
// gains or changes a field we read in a way our schema would reject, `pnpm typecheck` fails here.
import type { z } from 'zod';
import type { components as Feeds } from './generated/feeds-2021-06-30.js';
import type { components as Orders20260101 } from './generated/orders-2026-01-01.js';
import type { components as OrdersV0 } from './generated/orders-v0.js';
import type * as feeds from './schemas/feeds.js';
import type * as orders2026 from './schemas/orders-2026.js';
import type * as orders from './schemas/orders.js';

type Accepts<Model, Schema extends z.ZodType> = [Model] extends [z.input<Schema>] ? true : false;

type Orders = OrdersV0['schemas'];
type FeedModels = Feeds['schemas'];
type Orders2026 = Orders20260101['schemas'];

export const modelChecks: [
  Accepts<Orders['Order'], typeof orders.orderSchema>,
  Accepts<Orders['OrderItem'], typeof orders.orderItemSchema>,
  Accepts<Orders['Address'], typeof orders.addressSchema>,
  Accepts<Orders['OrderAddress'], typeof orders.orderAddressSchema>,
  Accepts<Orders['OrderBuyerInfo'], typeof orders.orderBuyerInfoSchema>,
  Accepts<Required<Orders['GetOrdersResponse']>['payload'], typeof orders.getOrdersPayloadSchema>,
  Accepts<Required<Orders['GetOrderItemsResponse']>['payload'], typeof orders.getOrderItemsPayloadSchema>,
  Accepts<FeedModels['Feed'], typeof feeds.feedSchema>,
  Accepts<FeedModels['FeedDocument'], typeof feeds.feedDocumentSchema>,
  Accepts<FeedModels['CreateFeedDocumentResponse'], typeof feeds.createFeedDocumentResponseSchema>,
  Accepts<FeedModels['CreateFeedResponse'], typeof feeds.createFeedResponseSchema>,
  Accepts<Orders2026['GetOrderResponse'], typeof orders2026.getOrder2026ResponseSchema>,
  Accepts<Orders2026['Order'], typeof orders2026.order2026Schema>,
  Accepts<Orders2026['OrderItem'], typeof orders2026.orderItem2026Schema>,
  Accepts<Orders2026['ItemCancellation'], typeof orders2026.itemCancellationSchema>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

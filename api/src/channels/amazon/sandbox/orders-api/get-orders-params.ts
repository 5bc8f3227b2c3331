// getOrders' parameters and the rules its model states: MarketplaceIds required; exactly one of the
// CreatedAfter or LastUpdatedAfter families; `*Before` at least two minutes before now and not before
// `*After`; MaxResultsPerPage 1-100; SellerOrderId excludes the status, channel, payment, email and
// LastUpdated filters. A NextToken carries the first call's filters and cut-off.
import { FULFILLMENT_CHANNELS, ORDER_STATUSES, PAYMENT_METHODS } from '../amazon/model-types.js';
import { parseIsoDate, wholeSeconds } from '../amazon/iso-time.js';
import { KNOWN_MARKETPLACE_IDS } from '../amazon/marketplaces.js';
import { invalidInput } from '../http/amazon-answers.js';
import { decodeOrdersToken, type OrdersCursor, type OrdersQuery } from './next-token.js';

/** Amazon's two-minute rule: data younger than this is not yet settled. */
export const SETTLE_MS = 120_000;

type Query = Record<string, unknown>;

/** A list parameter: comma-separated (Amazon's style) or repeated. */
function list(query: Query, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(','));
  return values.map((v) => v.trim()).filter((v) => v.length > 0);
}

function single(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw invalidInput(`Parameter ${name} may be given only once.`);
  return String(raw);
}

function date(query: Query, name: string): number | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  const ms = parseIsoDate(raw);
  if (ms === null) throw invalidInput(`Invalid ${name}: '${raw}' is not an ISO 8601 date.`);
  return ms;
}

function enumList<T extends string>(query: Query, name: string, allowed: readonly T[]): T[] | undefined {
  const values = list(query, name);
  if (values === undefined) return undefined;
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidInput(`Invalid ${name} value '${value}'. Valid values: ${allowed.join(', ')}.`);
    }
  }
  return values as T[];
}

function marketplaceIds(query: Query): string[] {
  const ids = list(query, 'MarketplaceIds');
  if (!ids || ids.length === 0) throw invalidInput('Missing required parameter: MarketplaceIds.');
  if (ids.length > 50) throw invalidInput('MarketplaceIds accepts at most 50 values.');
  const unknown = ids.find((id) => !KNOWN_MARKETPLACE_IDS.has(id));
  if (unknown) throw invalidInput(`Invalid MarketplaceId: ${unknown}.`);
  return ids;
}

function pageSize(query: Query): number {
  const raw = single(query, 'MaxResultsPerPage');
  if (raw === undefined) return 100;
  const size = Number(raw);
  if (!/^\d+$/.test(raw) || size < 1 || size > 100) {
    throw invalidInput('MaxResultsPerPage must be an integer between 1 and 100.');
  }
  return size;
}

const SELLER_ORDER_ID_EXCLUDES = [
  'FulfillmentChannels',
  'OrderStatuses',
  'PaymentMethods',
  'LastUpdatedAfter',
  'LastUpdatedBefore',
  'BuyerEmail',
];

/** The time window: which family, its `*After`, and its `*Before` (given, or now minus two minutes). */
function window(query: Query, nowMs: number): Pick<OrdersQuery, 'family' | 'afterMs' | 'beforeMs'> {
  const createdAfter = date(query, 'CreatedAfter');
  const createdBefore = date(query, 'CreatedBefore');
  const updatedAfter = date(query, 'LastUpdatedAfter');
  const updatedBefore = date(query, 'LastUpdatedBefore');
  if (createdAfter !== undefined && updatedAfter !== undefined) {
    throw invalidInput('CreatedAfter and LastUpdatedAfter cannot both be set; use one or the other.');
  }
  if (createdAfter === undefined && updatedAfter === undefined) {
    throw invalidInput('Either CreatedAfter or LastUpdatedAfter must be specified.');
  }
  const created = createdAfter !== undefined;
  if (created && updatedBefore !== undefined) {
    throw invalidInput('LastUpdatedAfter and LastUpdatedBefore cannot be set when CreatedAfter is set.');
  }
  if (!created && createdBefore !== undefined) {
    throw invalidInput('CreatedAfter or CreatedBefore cannot be set when LastUpdatedAfter is set.');
  }
  const [afterName, beforeName] = created
    ? ['CreatedAfter', 'CreatedBefore']
    : ['LastUpdatedAfter', 'LastUpdatedBefore'];
  const afterMs = (created ? createdAfter : updatedAfter) as number;
  const latest = wholeSeconds(nowMs - SETTLE_MS);
  const givenBefore = created ? createdBefore : updatedBefore;
  if (givenBefore !== undefined && givenBefore > nowMs - SETTLE_MS) {
    throw invalidInput(`${beforeName} must be at least 2 minutes before the current time.`);
  }
  const beforeMs = givenBefore ?? latest;
  if (afterMs > beforeMs) {
    throw invalidInput(
      `${afterName} must be before ${beforeName} (${beforeName} defaults to 2 minutes ago).`,
    );
  }
  return { family: created ? 'created' : 'updated', afterMs, beforeMs };
}

export interface GetOrdersRequest {
  query: OrdersQuery;
  cursor?: OrdersCursor;
}

export function parseGetOrders(query: Query, nowMs: number): GetOrdersRequest {
  const marketplaces = marketplaceIds(query);
  const nextToken = single(query, 'NextToken');
  if (nextToken !== undefined) {
    // "NextToken doesn't affect any filters": the page continues the first call's query.
    const decoded = decodeOrdersToken(nextToken);
    return { query: decoded.query, cursor: decoded.cursor };
  }
  const sellerOrderId = single(query, 'SellerOrderId');
  if (sellerOrderId !== undefined) {
    const clash = SELLER_ORDER_ID_EXCLUDES.find((name) => query[name] !== undefined);
    if (clash) throw invalidInput(`${clash} cannot be specified together with SellerOrderId.`);
  }
  const amazonOrderIds = list(query, 'AmazonOrderIds');
  if (amazonOrderIds && amazonOrderIds.length > 50)
    throw invalidInput('AmazonOrderIds accepts at most 50 values.');
  const statuses = enumList(query, 'OrderStatuses', ORDER_STATUSES);
  const channels = enumList(query, 'FulfillmentChannels', FULFILLMENT_CHANNELS);
  const paymentMethods = enumList(query, 'PaymentMethods', PAYMENT_METHODS);
  const buyerEmail = single(query, 'BuyerEmail');
  return {
    query: {
      ...window(query, nowMs),
      marketplaceIds: marketplaces,
      pageSize: pageSize(query),
      ...(statuses ? { statuses } : {}),
      ...(channels ? { channels } : {}),
      ...(paymentMethods ? { paymentMethods } : {}),
      ...(buyerEmail !== undefined ? { buyerEmail } : {}),
      ...(sellerOrderId !== undefined ? { sellerOrderId } : {}),
      ...(amazonOrderIds ? { amazonOrderIds } : {}),
    },
  };
}

// createSandbox's options, their defaults, and the checks that catch a wrong value at start-up rather than
// as a puzzling answer later.
import type { Request } from 'express';
import type { Logger } from 'pino';
import { DEFAULT_MARKETPLACE_ID, findMarketplace } from './amazon/marketplaces.js';
import { defaultProducts, type SandboxProduct } from './orders/products.js';
import { DEFAULT_MAX_ORDERS } from './state/order-store.js';

export type GzipReports = 'always' | 'never' | 'alternate';

export interface SandboxOptions {
  /** Lifetime of LWA access tokens (default 3600, as Amazon). */
  tokenTtlSeconds?: number;
  /** Enforce Amazon's usage plans with token buckets (default true). */
  rateLimits?: boolean;
  /**
   * Multiplies every usage plan's refill rate, bursts unchanged (default 1: Amazon's plans). Benchmarks use
   * it to compress time; `x-amzn-RateLimit-Limit` announces the scaled rate.
   */
  rateScale?: number;
  /** Time from createFeed to DONE/FATAL; IN_PROGRESS starts halfway (default 2000). */
  feedProcessingDelayMs?: number;
  /** getOrderItems answers at most this many items and a NextToken for the rest (default 20). */
  itemsPageSize?: number;
  /** Demo: new orders a minute while started (default 0: none). */
  demoOrderRate?: number;
  /** Demo: how far back new demo orders and their changes are dated, so a sync sees them at once (default 150). */
  demoOrderAgeSeconds?: number;
  /** Demo: how often the demo flow runs (default 2000; tests shorten it). */
  demoTickMs?: number;
  /** Orders created when the sandbox is created, dated past the 2-minute rule (default 0). */
  backlogOrders?: number;
  /** What orders are made of (default: the demo catalog). */
  products?: readonly SandboxProduct[];
  /** Chance that a generated line uses a disabled or out-of-stock product (default 0.04). */
  problemSkuRate?: number;
  /** Marketplace of created orders unless a request says otherwise (default ATVPDKIKX0DER). */
  marketplaceId?: string;
  /** Seed for reproducible orders. */
  random?: number;
  /** Base of the document URLs handed out (default: from the request's Host). */
  baseUrl?: string | ((req: Request) => string);
  /** Processing reports GZIP-compressed always, never, or every other one (default 'alternate'). */
  gzipReports?: GzipReports;
  /** At most this many orders are kept; the oldest go first (default 200,000). */
  maxOrders?: number;
  logger?: Logger;
}

export interface ResolvedSandboxOptions {
  tokenTtlSeconds: number;
  rateLimits: boolean;
  rateScale: number;
  feedProcessingDelayMs: number;
  itemsPageSize: number;
  demoOrderRate: number;
  demoOrderAgeSeconds: number;
  demoTickMs: number;
  backlogOrders: number;
  products: readonly SandboxProduct[];
  problemSkuRate: number;
  marketplaceId: string;
  random: number | undefined;
  baseUrl: (req: Request) => string;
  gzipReports: GzipReports;
  maxOrders: number;
  logger: Logger | undefined;
}

function check(value: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`sandbox option ${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function checkPositive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`sandbox option ${name} must be a finite number above 0, got ${value}`);
  }
  return value;
}

function requestBaseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
}

export function resolveOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  const marketplaceId = options.marketplaceId ?? DEFAULT_MARKETPLACE_ID;
  if (!findMarketplace(marketplaceId))
    throw new RangeError(`sandbox option marketplaceId: unknown ${marketplaceId}`);
  const products = options.products ?? defaultProducts();
  if (products.length === 0) throw new RangeError('sandbox option products must not be empty');
  const baseUrl = options.baseUrl;
  return {
    tokenTtlSeconds: check(options.tokenTtlSeconds ?? 3600, 'tokenTtlSeconds', 1),
    rateLimits: options.rateLimits ?? true,
    rateScale: checkPositive(options.rateScale ?? 1, 'rateScale'),
    feedProcessingDelayMs: check(options.feedProcessingDelayMs ?? 2000, 'feedProcessingDelayMs', 0),
    itemsPageSize: check(options.itemsPageSize ?? 20, 'itemsPageSize', 1, 100),
    demoOrderRate: check(options.demoOrderRate ?? 0, 'demoOrderRate', 0, 6000),
    demoOrderAgeSeconds: check(options.demoOrderAgeSeconds ?? 150, 'demoOrderAgeSeconds', 0),
    demoTickMs: check(options.demoTickMs ?? 2000, 'demoTickMs', 10),
    backlogOrders: check(options.backlogOrders ?? 0, 'backlogOrders', 0, 200_000),
    products,
    problemSkuRate: check(options.problemSkuRate ?? 0.04, 'problemSkuRate', 0, 1),
    marketplaceId,
    random: options.random,
    baseUrl: typeof baseUrl === 'string' ? () => baseUrl.replace(/\/+$/, '') : (baseUrl ?? requestBaseUrl),
    gzipReports: options.gzipReports ?? 'alternate',
    maxOrders: check(options.maxOrders ?? DEFAULT_MAX_ORDERS, 'maxOrders', 1),
    logger: options.logger,
  };
}

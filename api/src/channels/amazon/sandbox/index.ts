// The SP-API sandbox: a local stand-in for Amazon's Selling Partner API (LWA, Orders v0, Feeds 2021-06-30)
// plus control routes for tests and the demo. See README.md.
export { createSandbox, type Sandbox } from './app.js';
export type { GzipReports, ResolvedSandboxOptions, SandboxOptions } from './options.js';
export type { SandboxProduct } from './orders/products.js';
export type { CreateOrdersRequest } from './orders/order-factory.js';
export type { CancelActor, SandboxOrderView } from './orders/sandbox-order.js';
export { USAGE_PLANS, SP_OPERATIONS, type SpOperation } from './amazon/usage-plans.js';
export { MARKETPLACES, DEFAULT_MARKETPLACE_ID } from './amazon/marketplaces.js';

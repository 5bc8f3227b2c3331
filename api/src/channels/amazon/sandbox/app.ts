// createSandbox: the SP-API stand-in as an Express app over in-memory state, plus the timers that make
// time pass on Amazon's side (feed processing, the demo's orders), started and stopped explicitly.
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { SandboxContext } from './context.js';
import { controlRoutes } from './control/control-routes.js';
import { createBacklog } from './demo/backlog.js';
import { DemoFlow } from './demo/demo-flow.js';
import { documentRoutes } from './feeds-api/document-routes.js';
import { advanceFeeds } from './feeds-api/feed-processor.js';
import { feedsRoutes } from './feeds-api/feeds-routes.js';
import { requestId, requestLog } from './http/request-context.js';
import { lwaRoutes } from './lwa/lwa-routes.js';
import { resolveOptions, type ResolvedSandboxOptions, type SandboxOptions } from './options.js';
import { createOrders, type CreateOrdersRequest } from './orders/order-factory.js';
import { createProductPool } from './orders/products.js';
import { toSandboxView, type SandboxOrderView } from './orders/sandbox-order.js';
import { orders2026Routes } from './orders-api/orders-2026-routes.js';
import { ordersRoutes } from './orders-api/orders-routes.js';
import { createRandom } from './random.js';
import { SandboxState } from './state/sandbox-state.js';

export interface Sandbox {
  app: Express;
  state: SandboxState;
  options: ResolvedSandboxOptions;
  /** Starts the timers: feed processing and, with demoOrderRate > 0, the demo flow. */
  start(): void;
  stop(): void;
  /** Creates orders directly (what POST /_sandbox/orders does, without HTTP). */
  createOrders(request: CreateOrdersRequest): SandboxOrderView[];
}

const notFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ errors: [{ code: 'NotFound', message: `No such resource: ${req.method} ${req.path}` }] });
};

/** Errors that escape a route: body parsers' mostly. LWA answers in its own format. */
function lastResort(ctx: SandboxContext): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: unknown }).status;
    const clientError = typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
    if (!clientError) ctx.options.logger?.error({ err: error, path: req.path }, 'sandbox request failed');
    if (req.path === '/auth/o2/token') {
      return res
        .status(400)
        .json({ error_description: 'The request is malformed.', error: 'invalid_request' });
    }
    const message = clientError
      ? (error as Error).message
      : 'We encountered an internal error. Please try again.';
    res
      .status(clientError ?? 500)
      .json({ errors: [{ code: clientError ? 'InvalidInput' : 'InternalFailure', message }] });
  };
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const resolved = resolveOptions(options);
  const state = new SandboxState({
    maxOrders: resolved.maxOrders,
    rateLimits: resolved.rateLimits,
    rateScale: resolved.rateScale,
  });
  const ctx: SandboxContext = {
    state,
    options: resolved,
    random: createRandom(resolved.random),
    products: createProductPool(resolved.products),
    advanceFeeds: (nowMs) => advanceFeeds(state, nowMs, resolved.gzipReports),
    now: () => Date.now(),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestId(), requestLog(resolved.logger));
  app.use(lwaRoutes(ctx), ordersRoutes(ctx), orders2026Routes(ctx), feedsRoutes(ctx), documentRoutes(ctx));
  app.use('/_sandbox', controlRoutes(ctx));
  app.use(notFound);
  app.use(lastResort(ctx));

  const demo = new DemoFlow(ctx);
  if (resolved.backlogOrders > 0) demo.follow(createBacklog(ctx, resolved.backlogOrders));
  let feedTimer: NodeJS.Timeout | undefined;

  return {
    app,
    state,
    options: resolved,
    start() {
      if (!feedTimer) {
        const every = Math.max(20, Math.min(250, Math.floor(resolved.feedProcessingDelayMs / 4)));
        feedTimer = setInterval(() => {
          try {
            ctx.advanceFeeds(ctx.now());
          } catch (error) {
            // A timer must not bring the process down; the next read of the feed reports the failure.
            resolved.logger?.error({ err: error }, 'sandbox feed processing failed');
          }
        }, every);
        feedTimer.unref();
      }
      demo.start();
    },
    stop() {
      if (feedTimer) clearInterval(feedTimer);
      feedTimer = undefined;
      demo.stop();
    },
    createOrders: (request) => createOrders(ctx, request).map(toSandboxView),
  };
}

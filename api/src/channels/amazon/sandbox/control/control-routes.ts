// The control routes under /_sandbox (no auth; the sandbox binds to 127.0.0.1): what a test or the demo
// uses to make Amazon's side happen (orders, status changes, buyer cancel requests, faults, refused
// cancellations) and to see what the connector sent (feeds, shipment confirmations). JSON in and out; bad
// input is a 400 with a message, a change the order's state forbids is a 409.
import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import type { z } from 'zod';
import { USAGE_PLANS } from '../amazon/usage-plans.js';
import type { SandboxContext } from '../context.js';
import { createOrders } from '../orders/order-factory.js';
import { OrderRuleError, requestBuyerCancel } from '../orders/order-lifecycle.js';
import { toSandboxView, type SandboxOrder } from '../orders/sandbox-order.js';
import { moveToStatus } from '../orders/status-moves.js';
import type { FeedRecord } from '../state/feed-store.js';
import {
  buyerCancelRequestBody,
  createOrdersBody,
  describeIssues,
  faultBody,
  moveOrderBody,
  randomFaultsBody,
  rateLimitsBody,
  refuseNextBody,
  resetBody,
} from './control-schemas.js';

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function body<T>(schema: z.ZodType<T>, req: Request): T {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) throw new ControlError(400, describeIssues(parsed.error));
  return parsed.data;
}

function feedView(ctx: SandboxContext, record: FeedRecord) {
  const input = ctx.state.feeds.documents.get(record.inputFeedDocumentId);
  return {
    ...record.feed,
    inputFeedDocumentId: record.inputFeedDocumentId,
    input: input ? { contentType: input.contentType, bytes: input.content?.length ?? null } : null,
    merchantIdentifier: record.merchantIdentifier ?? null,
    messages: record.messages ?? null,
    results: record.results ?? null,
    summary: record.summary ?? null,
    fatalReason: record.fatalReason ?? null,
  };
}

export function controlRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  const atMs = (ageSeconds: number) => ctx.now() - ageSeconds * 1000;
  const order = (req: Request): SandboxOrder => {
    const entry = ctx.state.orders.get(String(req.params.id));
    if (!entry) throw new ControlError(404, `Order ${String(req.params.id)} does not exist in the sandbox`);
    return entry;
  };

  router.post('/orders', (req, res) => {
    const input = body(createOrdersBody, req);
    let created: SandboxOrder[];
    try {
      created = createOrders(ctx, {
        count: input.count,
        ageSeconds: input.age_seconds,
        ...(input.status ? { status: input.status } : {}),
        ...(input.fulfillment_channel ? { fulfillmentChannel: input.fulfillment_channel } : {}),
        ...(input.skus ? { skus: input.skus } : {}),
        ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
        ...(input.marketplace_id ? { marketplaceId: input.marketplace_id } : {}),
        ...(input.by ? { by: input.by } : {}),
      });
    } catch (error) {
      // A combination no order can satisfy (an AFN order Unshipped, say) is bad input here.
      if (error instanceof OrderRuleError) throw new ControlError(400, error.message);
      throw error;
    }
    const ids = created.map((e) => e.order.AmazonOrderId);
    res
      .status(201)
      .json(input.brief ? { count: ids.length, order_ids: ids } : { orders: created.map(toSandboxView) });
  });

  router.get('/orders/:id', (req, res) => {
    res.json(toSandboxView(order(req)));
  });

  router.post('/orders/:id/status', (req, res) => {
    const input = body(moveOrderBody, req);
    const entry = order(req);
    if (input.status === 'Canceled' && !input.by)
      throw new ControlError(400, 'by: required when status is Canceled');
    moveToStatus(entry, input.status, input.by, atMs(input.age_seconds));
    res.json(toSandboxView(entry));
  });

  router.post('/orders/:id/buyer-cancel-request', (req, res) => {
    const input = body(buyerCancelRequestBody, req);
    const entry = order(req);
    requestBuyerCancel(entry, input.reason, atMs(input.age_seconds));
    res.json(toSandboxView(entry));
  });

  router.post('/faults', (req, res) => {
    const input = body(faultBody, req);
    const malformed = input.malformed === true ? 'truncated' : input.malformed || undefined;
    const fault = ctx.state.faults.add(
      {
        operation: input.operation,
        count: input.count,
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.latency_ms !== undefined ? { latencyMs: input.latency_ms } : {}),
        ...(input.delay_answer ? { delayAnswer: true } : {}),
        ...(malformed ? { malformed } : {}),
        ...(input.after !== undefined ? { after: input.after } : {}),
      },
      ctx.now(),
    );
    res.status(201).json(fault);
  });

  router.post('/faults/random', (req, res) => {
    const input = body(randomFaultsBody, req);
    const random = ctx.state.faults.startRandom({
      rate: input.rate,
      kinds: input.kinds,
      operations: input.operations,
      timeoutMs: input.timeout_ms,
      // Not drawn from the orders' random source: turning faults on must not change the orders made later.
      seed: input.seed ?? Math.floor(Math.random() * 2 ** 31),
    });
    res.json({ random });
  });

  router.get('/faults/random', (_req, res) => {
    res.json({ random: ctx.state.faults.randomReport() });
  });

  router.delete('/faults/random', (_req, res) => {
    res.json({ random: ctx.state.faults.stopRandom() });
  });

  router.get('/faults', (_req, res) => {
    res.json({ faults: ctx.state.faults.list() });
  });

  router.delete('/faults', (_req, res) => {
    ctx.state.faults.clear();
    res.json({ faults: [] });
  });

  router.get('/feeds', (_req, res) => {
    ctx.advanceFeeds(ctx.now());
    res.json({ feeds: [...ctx.state.feeds.feeds.values()].map((r) => feedView(ctx, r)) });
  });

  router.post('/feeds/refuse-next', (req, res) => {
    const input = body(refuseNextBody, req);
    const refusal = ctx.state.feeds.addRefusal(
      {
        count: input.count,
        ...(input.message ? { message: input.message } : {}),
        ...(input.amazon_order_id ? { amazonOrderId: input.amazon_order_id } : {}),
      },
      ctx.now(),
    );
    res.status(201).json(refusal);
  });

  router.get('/feeds/refuse-next', (_req, res) => void res.json({ refusals: ctx.state.feeds.refusals }));
  router.delete('/feeds/refuse-next', (_req, res) => {
    ctx.state.feeds.refusals = [];
    res.json({ refusals: [] });
  });

  router.get('/shipments', (_req, res) => {
    res.json({ shipments: ctx.state.shipments });
  });

  router.post('/reset', (req, res) => {
    const input = body(resetBody, req);
    ctx.state.reset({ tokens: input.tokens ?? false });
    res.json({ reset: true, tokens_cleared: input.tokens ?? false });
  });

  router.post('/tokens/expire', (_req, res) => {
    res.json({ expired: ctx.state.tokens.expireAll(ctx.now()) });
  });

  router.get('/rate-limits', (_req, res) => {
    res.json({ enabled: ctx.state.rateLimiter.enabled, plans: USAGE_PLANS });
  });

  router.post('/rate-limits', (req, res) => {
    const { enabled } = body(rateLimitsBody, req);
    ctx.state.rateLimiter.enabled = enabled;
    ctx.state.rateLimiter.refill();
    res.json({ enabled });
  });

  const errors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof ControlError) return res.status(error.status).json({ message: error.message });
    if (error instanceof OrderRuleError) return res.status(409).json({ message: error.message });
    if (error instanceof SyntaxError) return res.status(400).json({ message: 'The body is not valid JSON' });
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return res.status(status).json({ message: (error as Error).message });
    }
    ctx.options.logger?.error({ err: error }, 'sandbox control route failed');
    return res.status(500).json({ message: 'The sandbox failed; see its log' });
  };
  router.use(errors);
  return router;
}

// Orders API 2026-01-01: getOrder, answered as orders_2026-01-01.json describes it, from the same stored
// orders as v0. Its operationId is `getOrder` there too; the sandbox names it `getOrder2026` so that its
// usage plan bucket and injected faults stay apart from v0's getOrder.
import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { invalidInput } from '../http/amazon-answers.js';
import { spOperation } from '../http/sp-operation.js';
import { INCLUDED_DATA, type IncludedData } from '../amazon/orders-2026-types.js';
import { publicOrder2026 } from '../orders/public-views-2026.js';
import { findOrder } from './find-order.js';

const BASE = '/orders/2026-01-01/orders';

/** `includedData`, comma-separated or repeated; a value outside the model's enum is a 400. */
export function parseIncludedData(value: unknown): Set<IncludedData> {
  if (value === undefined) return new Set();
  const values = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const unknown = values.filter((v) => !(INCLUDED_DATA as readonly string[]).includes(v));
  if (unknown.length > 0) {
    throw invalidInput(
      `Invalid includedData value(s) ${unknown.map((v) => `'${v}'`).join(', ')}: expected ${INCLUDED_DATA.join(', ')}.`,
    );
  }
  return new Set(values as IncludedData[]);
}

export function orders2026Routes(ctx: SandboxContext): Router {
  const router = Router();

  router.get(
    `${BASE}/:orderId`,
    spOperation(ctx, 'getOrder2026', ({ req }) => {
      const included = parseIncludedData(req.query.includedData);
      const entry = findOrder(ctx, String(req.params.orderId));
      return { status: 200, body: { order: publicOrder2026(entry, included) } };
    }),
  );

  return router;
}

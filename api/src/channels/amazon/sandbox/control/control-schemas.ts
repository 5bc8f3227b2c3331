// The control routes' bodies (zod). Unknown fields are refused, so a typo is a 400 rather than a silently
// ignored setting.
import { z } from 'zod';
import { MARKETPLACES } from '../amazon/marketplaces.js';
import { FULFILLMENT_CHANNELS, ORDER_STATUSES } from '../amazon/model-types.js';
import { CANCEL_ACTORS } from '../orders/sandbox-order.js';
import { FAULT_OPERATIONS } from '../state/fault-store.js';
import { RANDOM_FAULT_KINDS } from '../state/random-faults.js';

const ageSeconds = z
  .number()
  .int()
  .min(0)
  .max(10 * 365 * 86_400)
  .default(0);

export const createOrdersBody = z.strictObject({
  count: z.number().int().min(1).max(10_000),
  status: z.enum(ORDER_STATUSES).optional(),
  fulfillment_channel: z.enum(FULFILLMENT_CHANNELS).optional(),
  skus: z.array(z.string().min(1)).min(1).max(50).optional(),
  quantity: z.number().int().min(1).max(100).optional(),
  age_seconds: ageSeconds,
  marketplace_id: z
    .string()
    .refine((id) => MARKETPLACES.some((m) => m.id === id), {
      message: `must be one of ${MARKETPLACES.map((m) => m.id).join(', ')}`,
    })
    .optional(),
  /** Who cancels when status is Canceled (default buyer). */
  by: z.enum(CANCEL_ACTORS).optional(),
  /** Answer only the ids (for large counts). */
  brief: z.boolean().optional(),
});

export const moveOrderBody = z.strictObject({
  status: z.enum(ORDER_STATUSES),
  by: z.enum(CANCEL_ACTORS).optional(),
  age_seconds: ageSeconds,
});

export const buyerCancelRequestBody = z.strictObject({
  reason: z.string().min(1).max(500),
  age_seconds: ageSeconds,
});

export const faultBody = z
  .strictObject({
    operation: z.enum(FAULT_OPERATIONS),
    status: z.number().int().min(400).max(599).optional(),
    count: z.number().int().min(1).max(10_000).default(1),
    latency_ms: z.number().int().min(1).max(120_000).optional(),
    /** Run the operation at once and hold only its answer back `latency_ms` (it takes effect). */
    delay_answer: z.boolean().optional(),
    malformed: z.union([z.boolean(), z.enum(['truncated', 'wrong_shape'])]).optional(),
    /** Let this many matching calls through first. */
    after: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((f) => f.status !== undefined || f.latency_ms !== undefined || (f.malformed ?? false) !== false, {
    message: 'give status, latency_ms or malformed',
  })
  .refine((f) => !(f.status !== undefined && f.malformed), {
    message: 'status and malformed exclude each other',
  })
  .refine((f) => !f.delay_answer || f.latency_ms !== undefined, {
    message: 'delay_answer needs latency_ms',
  });

/** Faults at random: each call of `operations` fails with probability `rate`, in one of `kinds`. */
export const randomFaultsBody = z.strictObject({
  rate: z.number().min(0).max(1),
  kinds: z
    .array(z.enum(RANDOM_FAULT_KINDS))
    .min(1)
    .default([...RANDOM_FAULT_KINDS]),
  operations: z.array(z.enum(FAULT_OPERATIONS)).min(1).default(['*']),
  /** How long a `timeout` holds the answer back (the client's own timeout should be shorter). */
  timeout_ms: z.number().int().min(1).max(120_000).default(35_000),
  seed: z.number().int().optional(),
});

export const refuseNextBody = z.strictObject({
  /** The ResultDescription of the refusal (default: the order cannot be canceled at this time). */
  message: z.string().min(1).max(2000).optional(),
  /** Only this order's cancellations (default: any order's). */
  amazon_order_id: z.string().min(1).max(50).optional(),
  count: z.number().int().min(1).max(10_000).default(1),
});

export const rateLimitsBody = z.strictObject({ enabled: z.boolean() });

export const resetBody = z.strictObject({ tokens: z.boolean().optional() });

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

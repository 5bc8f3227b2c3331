// For tests only (the cancellation feed tests): a store connector pointed at a test sandbox, orders there.
import { connectToSandbox, type TestSandbox } from '../../../../test/support/sandbox.js';
import type { SpApiClient } from '../sp-api/client.js';
import type { SpApiError } from '../sp-api/errors.js';
import type { CancelCommand } from './cancel-command.js';
import type { CancellationStep, CancellationStepIds } from './cancel-feed.js';

export const MARKETPLACE = 'ATVPDKIKX0DER';
export const SELLER = 'A2DEMOSELLER01';
/** Fast polling against the sandbox (feeds take 50 ms there). */
export const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 40, maxWaitMs: 5_000 };

export interface SandboxOrder {
  AmazonOrderId: string;
  order: { OrderStatus: string };
  items: { OrderItemId: string }[];
  canceled_by: string | null;
  cancel_reason: string | null;
}

export interface SandboxFeed {
  feedId: string;
  processingStatus: string;
  messages: { amazonOrderId?: string; statusCode?: string; items: { cancelReason?: string }[] }[] | null;
}

/** A client of the sandbox with quick retries, keeping the communication errors it records. */
export const connect = (sandbox: TestSandbox): { client: SpApiClient; recorded: SpApiError[] } =>
  connectToSandbox(sandbox, { refreshToken: 'Atzr|cancel-test' });

export async function newOrder(sandbox: TestSandbox, status: string): Promise<SandboxOrder> {
  const { orders } = await sandbox.control<{ orders: SandboxOrder[] }>('/_sandbox/orders', {
    count: 1,
    status,
    fulfillment_channel: 'MFN',
    age_seconds: 600,
  });
  return orders[0]!;
}

export const sandboxOrder = (sandbox: TestSandbox, id: string) =>
  sandbox.get<SandboxOrder>(`/_sandbox/orders/${id}`);

/** The feeds the sandbox received that name this order. */
export async function feedsFor(sandbox: TestSandbox, amazonOrderId: string): Promise<SandboxFeed[]> {
  const { feeds } = await sandbox.get<{ feeds: SandboxFeed[] }>('/_sandbox/feeds');
  return feeds.filter((f) => f.messages?.some((m) => m.amazonOrderId === amazonOrderId));
}

export function commandFor(order: SandboxOrder, extra: Partial<CancelCommand> = {}): CancelCommand {
  return {
    sellerId: SELLER,
    marketplaceId: MARKETPLACE,
    amazonOrderId: order.AmazonOrderId,
    merchantOrderId: '100000042',
    reason: 'NoInventory',
    items: order.items.map((item) => ({ amazonOrderItemCode: item.OrderItemId })),
    ...extra,
  };
}

/** An onStep that keeps every step it is told. */
export function stepLog() {
  const steps: { step: CancellationStep; ids: CancellationStepIds }[] = [];
  return {
    steps,
    onStep: (step: CancellationStep, ids: CancellationStepIds) => void steps.push({ step, ids }),
  };
}

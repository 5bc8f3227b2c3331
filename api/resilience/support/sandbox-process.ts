// The SP-API sandbox in a process of its own (as `pnpm sandbox` runs it), with what the suite asks of it:
// control routes, and what Amazon's side holds and received (orders, feeds, shipment confirmations).
import { pino } from 'pino';
import { startSandboxProcess } from '../../src/demo/sandbox-process.js';
import { freePort } from './app-process.js';

export interface SandboxFeed {
  feedId: string;
  processingStatus: string;
  messages: { amazonOrderId?: string; statusCode?: string }[] | null;
}

export interface SandboxShipmentRecord {
  amazonOrderId: string;
  packageDetail: { packageReferenceId: string; trackingNumber: string };
}

export interface SuiteSandbox {
  url: string;
  port: number;
  control<T = unknown>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
  get<T = unknown>(path: string): Promise<T>;
  /** Creates orders (`/_sandbox/orders`, brief) and answers their ids. */
  createOrders(request: Record<string, unknown>): Promise<string[]>;
  /** OrderStatus of every order, by id (control views, a few at a time). */
  statuses(ids: readonly string[]): Promise<Map<string, string>>;
  feeds(): Promise<SandboxFeed[]>;
  shipments(): Promise<SandboxShipmentRecord[]>;
  stop(): Promise<void>;
}

export async function startSuiteSandbox(options: {
  seed: number;
  feedDelayMs?: number;
}): Promise<SuiteSandbox> {
  const port = await freePort();
  const process = await startSandboxProcess(
    {
      port,
      orderRate: 0,
      env: {
        SANDBOX_BACKLOG_ORDERS: '0',
        SANDBOX_RATE_LIMITS: '0',
        SANDBOX_FEED_DELAY_MS: String(options.feedDelayMs ?? 300),
        SANDBOX_SEED: String(options.seed),
        SANDBOX_LOG_LEVEL: 'error',
      },
    },
    pino({ level: 'silent' }),
  );
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(process.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    url: process.url,
    port,
    control: (method, path, body) => call(method, path, body ?? (method === 'POST' ? {} : undefined)),
    get: (path) => call('GET', path),
    createOrders: async (request) =>
      (await call<{ order_ids: string[] }>('POST', '/_sandbox/orders', { ...request, brief: true }))
        .order_ids,
    statuses: async (ids) => {
      const found = new Map<string, string>();
      for (let i = 0; i < ids.length; i += 20) {
        const views = await Promise.all(
          ids
            .slice(i, i + 20)
            .map((id) =>
              call<{ order: { AmazonOrderId: string; OrderStatus: string } }>(
                'GET',
                `/_sandbox/orders/${id}`,
              ),
            ),
        );
        for (const view of views) found.set(view.order.AmazonOrderId, view.order.OrderStatus);
      }
      return found;
    },
    feeds: async () => (await call<{ feeds: SandboxFeed[] }>('GET', '/_sandbox/feeds')).feeds,
    shipments: async () =>
      (await call<{ shipments: SandboxShipmentRecord[] }>('GET', '/_sandbox/shipments')).shipments,
    stop: () => process.stop(),
  };
}

import type { ApiClient, ApiResponse } from './api-client.js';
import type { Random } from '../../src/channels/amazon/sandbox/random.js';

/** What staff can do to one order at the same moment, from the panel's buttons. */
export type RaceAction =
  | 'cancel'
  | 'amazon-cancel'
  | 'ship'
  | 'ship-one'
  | 'invoice'
  | 'invoice-one'
  | 'credit-memo'
  | 'credit-memo-one'
  | 'hold'
  | 'unhold';

/** The order under fire: its Commerce id, its lines, and its AmazonOrderId when it is an Amazon order. */
export interface RaceOrder {
  orderId: number;
  itemIds: readonly number[];
  amazonOrderId: string | null;
}

export interface RaceAnswer {
  action: RaceAction;
  status: number;
  message: string | undefined;
  text: string;
}

export const WEB_ACTIONS: readonly RaceAction[] = [
  'cancel',
  'ship',
  'ship-one',
  'invoice',
  'invoice-one',
  'credit-memo',
  'credit-memo-one',
  'hold',
  'unhold',
];
export const AMAZON_ACTIONS: readonly RaceAction[] = [...WEB_ACTIONS, 'amazon-cancel', 'amazon-cancel'];

/** `count` actions drawn from `menu`, always with one cancel, one ship, one invoice and one credit memo among them. */
export function drawActions(random: Random, menu: readonly RaceAction[], count: number): RaceAction[] {
  const core: RaceAction[] = [
    menu.includes('amazon-cancel') ? 'amazon-cancel' : 'cancel',
    'ship',
    'invoice',
    'credit-memo',
  ];
  const drawn = [
    ...core,
    ...Array.from({ length: Math.max(count - core.length, 0) }, () => random.pick(menu)),
  ];
  for (let i = drawn.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
  }
  return drawn;
}

function request(client: ApiClient, order: RaceOrder, action: RaceAction): Promise<ApiResponse> {
  const base = `/api/orders/${order.orderId}`;
  const one = [{ order_item_id: order.itemIds[0]!, qty: 1 }];
  const track = { carrier: 'ups', tracking_number: `1Z${order.orderId}${Date.now()}` };
  switch (action) {
    case 'cancel':
      return client.post(`${base}/cancel`);
    case 'amazon-cancel':
      return client.post(`/api/amazon-orders/${order.amazonOrderId}/cancel`, { reason: 'NoInventory' });
    case 'ship':
      return client.post(`${base}/shipments`, track);
    case 'ship-one':
      return client.post(`${base}/shipments`, { ...track, items: one });
    case 'invoice':
      return client.post(`${base}/invoices`, {});
    case 'invoice-one':
      return client.post(`${base}/invoices`, { items: one });
    case 'credit-memo':
      return client.post(`${base}/credit-memos`, {});
    case 'credit-memo-one':
      return client.post(`${base}/credit-memos`, { items: one, shipping_refund: '0.00' });
    case 'hold':
      return client.post(`${base}/hold`);
    case 'unhold':
      return client.post(`${base}/unhold`);
  }
}

/** Fires every action at once, the i-th from session i (round robin), and answers what each got. */
export async function fireAtOnce(
  sessions: readonly ApiClient[],
  order: RaceOrder,
  actions: readonly RaceAction[],
): Promise<RaceAnswer[]> {
  const answers = await Promise.all(
    actions.map((action, i) => request(sessions[i % sessions.length]!, order, action)),
  );
  return answers.map((res, i) => ({
    action: actions[i]!,
    status: res.status,
    message: (res.body as { message?: unknown } | null)?.message as string | undefined,
    text: res.text,
  }));
}

/** The answers a race may give: the action done (2xx) or refused by a rule of the order's state (409) with a message. */
export function answerViolations(answers: readonly RaceAnswer[]): string[] {
  const problems: string[] = [];
  for (const answer of answers) {
    const done = answer.status >= 200 && answer.status < 300;
    if (!done && answer.status !== 409)
      problems.push(`${answer.action}: unexpected ${answer.status} ${answer.text.slice(0, 300)}`);
    if (!done && !(typeof answer.message === 'string' && answer.message.length > 0))
      problems.push(`${answer.action}: ${answer.status} without a message`);
  }
  const done = (action: RaceAction) => answers.some((a) => a.action === action && a.status < 300);
  if (done('amazon-cancel') && (done('ship') || done('ship-one')))
    problems.push('a cancellation was requested from Amazon and a shipment made in the same moment');
  if (answers.filter((a) => a.action === 'amazon-cancel' && a.status < 300).length > 1)
    problems.push('two cancellations were requested from Amazon');
  return problems;
}

/** How many answers of these actions were a 2xx. */
export const successes = (answers: readonly RaceAnswer[], ...actions: RaceAction[]) =>
  answers.filter((answer) => actions.includes(answer.action) && answer.status < 300).length;

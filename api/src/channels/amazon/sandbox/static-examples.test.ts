// Every static example of Amazon's ordersV0 model, for the operations the sandbox serves, is answered
// exactly: the same status and a deep-equal body. Read from ../shared (beside the repository), so the
// copy in data/ is checked against its source too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS_DIR } from './test-support/model-validator.js';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

interface Example {
  operationId: string;
  method: string;
  path: string;
  status: string;
  request: { parameters: Record<string, { value: unknown }> };
  response: unknown;
}

const SERVED = [
  'getOrders',
  'getOrder',
  'getOrderItems',
  'getOrderAddress',
  'getOrderBuyerInfo',
  'confirmShipment',
];
const examples = (
  JSON.parse(fs.readFileSync(path.join(MODELS_DIR, 'ordersV0_sandbox_examples.json'), 'utf8')) as Example[]
).filter((e) => SERVED.includes(e.operationId));

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox();
  token = await s.token();
});
afterAll(() => s.close());

function requestOf(example: Example): { url: string; body?: unknown } {
  let url = example.path;
  const query = new URLSearchParams();
  let body: unknown;
  for (const [name, { value }] of Object.entries(example.request.parameters)) {
    if (name === 'body') body = value;
    else if (url.includes(`{${name}}`)) url = url.replace(`{${name}}`, encodeURIComponent(String(value)));
    else query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const search = query.toString();
  return { url: search ? `${url}?${search}` : url, body };
}

describe('static sandbox examples of ordersV0.json', () => {
  it('covers the examples of every served operation', () => {
    expect(examples.length).toBe(15);
    expect(new Set(examples.map((e) => e.operationId))).toEqual(new Set(SERVED));
  });

  it.each(examples.map((e, i) => [`${i}: ${e.operationId} ${e.status}`, e] as const))(
    '%s',
    async (_name, example) => {
      const { url, body } = requestOf(example);
      const answer = await s.call(example.method, url, token, body);
      expect(answer.status).toBe(Number(example.status));
      if (answer.status === 204) expect(answer.text).toBe('');
      else expect(answer.body).toEqual(example.response);
      if (answer.status !== 403 && answer.status !== 429)
        expect(answer.headers.get('x-amzn-ratelimit-limit')).toBeTruthy();
    },
  );
});

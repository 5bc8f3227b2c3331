// Regenerates orders-v0-static-examples.json: the static sandbox examples of Amazon's ordersV0.json for the
// operations the sandbox serves, copied out of ../shared (which sits beside the repository in a checkout
// but is not there at run time). Run from the repository root, then format:
//   node --import ./api/node_modules/tsx/dist/esm/index.mjs api/src/channels/amazon/sandbox/data/extract-examples.ts
//   pnpm exec prettier --write api/src/channels/amazon/sandbox/data
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..', '..', '..', '..');
const source = path.resolve(
  repoRoot,
  '..',
  'shared',
  'reference',
  'amazon-sp-api',
  'ordersV0_sandbox_examples.json',
);
const target = path.join(here, 'orders-v0-static-examples.json');

/** The Orders v0 operations the sandbox serves. */
const SUPPORTED = new Set([
  'getOrders',
  'getOrder',
  'getOrderItems',
  'getOrderAddress',
  'getOrderBuyerInfo',
  'confirmShipment',
]);

interface RawExample {
  operationId: string;
  method: string;
  path: string;
  status: string;
  request: { parameters: Record<string, { value: unknown }> };
  response: unknown;
}

const raw = JSON.parse(fs.readFileSync(source, 'utf8')) as RawExample[];
const examples = raw
  .filter((e) => SUPPORTED.has(e.operationId))
  .map((e) => ({
    operationId: e.operationId,
    method: e.method,
    path: e.path,
    status: Number(e.status),
    parameters: Object.fromEntries(Object.entries(e.request.parameters).map(([name, p]) => [name, p.value])),
    response: e.response,
  }));

const file = {
  description: 'Static sandbox examples of ordersV0.json, extracted by extract-examples.ts; do not edit.',
  source: 'shared/reference/amazon-sp-api/ordersV0_sandbox_examples.json',
  examples,
};
fs.writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
process.stdout.write(`wrote ${examples.length} examples to ${path.relative(repoRoot, target)}\n`);

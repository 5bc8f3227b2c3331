// Amazon's static sandbox: a request whose parameters match one of the examples in ordersV0.json (such as
// CreatedAfter=TEST_CASE_200, or orderId TEST_CASE_400) gets that example's status and body, exactly.
// The examples are copied into data/ by data/extract-examples.ts.
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { SpAnswer } from '../http/amazon-answers.js';

const examplesFile = z.object({
  examples: z.array(
    z.object({
      operationId: z.string(),
      status: z.number().int(),
      parameters: z.record(z.string(), z.unknown()),
      response: z.unknown(),
    }),
  ),
});
type StaticExample = z.infer<typeof examplesFile>['examples'][number];

const EXAMPLES: readonly StaticExample[] = examplesFile
  .parse(
    JSON.parse(fs.readFileSync(new URL('../data/orders-v0-static-examples.json', import.meta.url), 'utf8')),
  )
  // The most specific example first: TEST_CASE_200_NEXT_TOKEN with its NextToken before the one without.
  .examples.slice()
  .sort((a, b) => Object.keys(b.parameters).length - Object.keys(a.parameters).length);

export interface ExampleRequest {
  query: Record<string, unknown>;
  pathParams: Record<string, string>;
  /** The parsed JSON body, if any. */
  body: unknown;
}

/** Query values as lists of strings: `A,B`, repeated keys and single values all compare alike. */
function asList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => String(v).split(',')).map((v) => v.trim());
}

function parameterMatches(name: string, expected: unknown, request: ExampleRequest): boolean {
  if (name === 'body') return isDeepStrictEqual(request.body, expected);
  if (name in request.pathParams) return request.pathParams[name] === String(expected);
  const actual = request.query[name];
  return actual !== undefined && isDeepStrictEqual(asList(actual), asList(expected));
}

function matches(example: StaticExample, request: ExampleRequest): boolean {
  // A NextToken page is its own example: a request with a token never matches an example without one.
  if (request.query.NextToken !== undefined && !('NextToken' in example.parameters)) return false;
  return Object.entries(example.parameters).every(([name, value]) => parameterMatches(name, value, request));
}

export function findStaticExample(operationId: string, request: ExampleRequest): SpAnswer | undefined {
  const example = EXAMPLES.find((e) => e.operationId === operationId && matches(e, request));
  if (!example) return undefined;
  return example.status === 204 ? { status: 204 } : { status: example.status, body: example.response };
}

export function staticExampleCount(): number {
  return EXAMPLES.length;
}

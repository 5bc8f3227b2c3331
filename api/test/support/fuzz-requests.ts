import type { Random } from '../../src/channels/amazon/sandbox/random.js';
import type { MountedRoute } from '../../src/http/routes.js';
import {
  BAD_IDS,
  CONTENT_TYPES,
  deeplyNested,
  FILTER_KEYS,
  json,
  SQL,
  WEIRD_STRINGS,
  wrongValue,
} from './fuzz-values.js';

/** A route as the fuzzer sees it: from the router, with its body's fields from openapi.json. */
export interface FuzzTarget {
  method: string;
  path: string;
  /** JSON Schema type of each body field ('string', 'integer', 'array', ...). */
  fields: Record<string, string>;
}

export type FuzzSession = 'admin' | 'manager' | 'fulfillment' | 'support' | 'anonymous';

export interface FuzzRequest {
  /** What kind of malformation, for the report. */
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  as: FuzzSession;
}

/** Real ids per path parameter kind, so that some requests get past "not found" into the handlers. */
export type IdPool = Record<
  'order' | 'amazon-order' | 'sku' | 'store' | 'user' | 'shipment' | 'other',
  string[]
>;

function pathValue(random: Random, path: string, name: string, ids: IdPool): string {
  if (random.chance(0.35)) return random.pick(BAD_IDS);
  const pool =
    name === 'shipmentId'
      ? ids.shipment
      : path.startsWith('/api/orders/')
        ? ids.order
        : path.startsWith('/api/amazon-orders/')
          ? ids['amazon-order']
          : path.startsWith('/api/stock/')
            ? ids.sku
            : path.startsWith('/api/amazon-stores/')
              ? ids.store
              : path.startsWith('/api/users/')
                ? ids.user
                : ids.other;
  return encodeURIComponent(pool.length > 0 ? random.pick(pool) : '1');
}

const fillPath = (random: Random, target: FuzzTarget, ids: IdPool) =>
  target.path.replace(/:(\w+)/g, (_m, name: string) => pathValue(random, target.path, name, ids));

/** A list query with SQL, wrong types, unknown fields, huge or malformed values. */
function badQuery(random: Random): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${encodeURIComponent(value)}`);
  const choice = random.int(0, 7);
  if (choice === 0)
    add(
      'sort',
      json([
        random.pick(['id', 'password_hash', '__proto__', 'constructor', 'toString', ...SQL]),
        random.pick(['ASC', 'DESC', ...SQL]),
      ]),
    );
  if (choice === 1)
    add('sort', random.pick(['[', 'id', '["id"]', '[1,2]', '{"a":1}', json(Array(50).fill('id'))]));
  if (choice === 2)
    add(
      'range',
      random.pick([
        '[0',
        '[-1,5]',
        '[5,1]',
        '[0,100000]',
        '["a","b"]',
        '[1.5,2]',
        '[1e400,2]',
        '{}',
        json([0, 2 ** 60]),
      ]),
    );
  if (choice === 3) {
    const key = random.pick(FILTER_KEYS);
    add('filter', json({ [key]: wrongValue(random, undefined) }).slice(0, 6_000));
  }
  if (choice === 4)
    add(
      'filter',
      json({ q: random.pick([...SQL, 'x'.repeat(random.int(100, 6_000)), '%_\\', '🙂'.repeat(300)]) }),
    );
  if (choice === 5)
    add(
      'filter',
      random.pick(['{', 'null', '[]', '"x"', '1', deeplyNested(random, 150), '{"__proto__":{"admin":true}}']),
    );
  if (choice === 6)
    for (let i = 0; i < random.int(2, 20); i++)
      add(random.pick(['sort', 'range', 'filter', 'x', 'q']), random.pick(SQL));
  if (choice === 7)
    add(random.pick(['q', 'page', 'perPage', '__proto__[x]', 'constructor']), random.pick(WEIRD_STRINGS));
  // Node refuses a request line beyond 16 KB itself, before the app sees it: stay well within.
  return parts.join('&').slice(0, 7_000);
}

/** A JSON body: wrong types for the route's fields, unknown fields, huge or deeply nested values. */
function badJsonBody(random: Random, target: FuzzTarget): string {
  const names = Object.keys(target.fields);
  const choice = random.int(0, 6);
  if (choice === 0 || names.length === 0)
    return json({
      [random.pick(['role', 'is_admin', '__proto__', 'id', 'x'])]: wrongValue(random, undefined),
    });
  if (choice === 1) {
    const body: Record<string, unknown> = {};
    for (const name of names) if (random.chance(0.7)) body[name] = wrongValue(random, target.fields[name]);
    return json(body);
  }
  if (choice === 2) return json(random.pick([null, [], 'x', 42, true, [{}], names]));
  if (choice === 3) return deeplyNested(random, random.int(100, 200_000));
  if (choice === 4) return json({ [random.pick(names)]: 'x'.repeat(random.int(10_000, 1_200_000)) });
  if (choice === 5)
    return random.pick([
      '{',
      '{"a":}',
      "{'a':1}",
      '{"a":1,}',
      'undefined',
      '\u0000',
      '{"a":1}{"b":2}',
      '\uFEFF{}',
    ]);
  return json({
    ...Object.fromEntries(names.map((name) => [name, wrongValue(random, target.fields[name])])),
    extra: 1,
  });
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** `count` malformed requests over the targets, the same ones for the same seed. */
export function* fuzzRequests(
  random: Random,
  targets: readonly FuzzTarget[],
  ids: IdPool,
  count: number,
): Generator<FuzzRequest> {
  for (let i = 0; i < count; i++) {
    const target = targets[i % targets.length]!;
    const as: FuzzSession = random.chance(0.8)
      ? 'admin'
      : random.pick(['manager', 'fulfillment', 'support', 'anonymous']);
    const path = fillPath(random, target, ids);
    const writes = target.method !== 'GET';
    const choice = random.int(0, 9);
    if (choice <= 2 || (!writes && choice <= 6)) {
      yield {
        kind: 'query',
        method: target.method,
        path: `${path}?${badQuery(random)}`,
        headers: writes ? { 'content-type': 'application/json' } : {},
        body: writes ? '{}' : undefined,
        as,
      };
    } else if (writes && choice <= 6) {
      yield {
        kind: 'json body',
        method: target.method,
        path,
        headers: { 'content-type': 'application/json' },
        body: badJsonBody(random, target),
        as,
      };
    } else if (choice === 7) {
      const type = random.pick(CONTENT_TYPES);
      yield {
        kind: 'content type',
        method: writes ? target.method : 'POST',
        path,
        headers: type ? { 'content-type': type } : {},
        body: random.pick(['a=1&b=2', '<x/>', '{"a":1}', '\u00ff\u00fe{']),
        as,
      };
    } else if (choice === 8) {
      const method = random.pick(METHODS.filter((m) => m !== target.method));
      yield {
        kind: 'method',
        method,
        path,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
        as,
      };
    } else {
      const extra = random.pick([
        '',
        '/',
        '/x',
        '/../users',
        '//',
        '/%2e%2e',
        `/${random.pick(BAD_IDS)}`,
        '.json',
      ]);
      yield {
        kind: 'path',
        method: target.method,
        path: `${path}${extra}`,
        headers: writes ? { 'content-type': 'application/json' } : {},
        body: writes ? '{}' : undefined,
        as,
      };
    }
  }
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
  >;
}
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
}

/** The routes from the router, each with its body's field types read from openapi.json. */
export function fuzzTargets(routes: readonly MountedRoute[], openapi: OpenApi): FuzzTarget[] {
  return routes.map((route) => {
    const operation = openapi.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
    const schema = operation?.requestBody?.content['application/json']?.schema;
    const fields = Object.fromEntries(
      Object.entries(schema?.properties ?? {}).map(([name, field]) => [
        name,
        field.type ?? field.anyOf?.[0]?.type ?? 'any',
      ]),
    );
    return { method: route.method, path: route.path, fields };
  });
}

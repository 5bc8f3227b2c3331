import type { Random } from '../../src/channels/amazon/sandbox/random.js';

/** The nasty values the fuzzer draws from: SQL, bad ids, odd text, content types, wrong-typed JSON. */
export const SQL = [
  "'; drop table users; --",
  '1 OR 1=1',
  "1' OR '1'='1",
  'id; select pg_sleep(10)',
  '(select password_hash from users limit 1)',
  'ASC; delete from sales_orders',
  'id desc nulls first',
  '1::int',
  '$$',
  '\\',
  '%',
  '_',
  "'||(select 1)||'",
  '" or ""="',
  '*/ union select * from sessions /*',
];
export const BAD_IDS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  'abc',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '2147483648',
  '99999999999999999999999',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%E0%A4%A',
  '%',
  '%ZZ',
  '%20',
  '%F0%9F%92%A9',
  '__proto__',
  'constructor',
  '[]',
  '%7B%7D',
  ...SQL.map(encodeURIComponent),
];
export const WEIRD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u0041',
  '💩'.repeat(50),
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '\r\nSet-Cookie: x=1',
  ...SQL,
];
export const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin-9000',
  'application/jsonx',
  '',
];
export const FILTER_KEYS = [
  'id',
  'q',
  'status',
  'store_id',
  'sku',
  'role',
  'purchase_date_gte',
  'at_lte',
  'x',
  '__proto__',
];

export const json = (value: unknown) => JSON.stringify(value);

/** A value of the wrong kind for a field of JSON Schema type `type`, or just a nasty one. */
export function wrongValue(random: Random, type: string | undefined): unknown {
  const nasty: unknown[] = [
    null,
    true,
    -1,
    1.5,
    1e308,
    -0,
    2 ** 53 + 1,
    [],
    {},
    [[[]]],
    { $gt: '' },
    random.pick(WEIRD_STRINGS),
    'x'.repeat(random.int(1_000, 300_000)),
    Array.from({ length: random.int(1, 5_000) }, (_, i) => i),
    Array.from({ length: random.int(1, 50) }, () => ({
      order_item_id: random.int(-5, 3e9),
      qty: random.pick([-1, 0, 1.5, 'x', 1e9]),
    })),
  ];
  if (type === 'string')
    return random.pick([...nasty.filter((v) => typeof v !== 'string'), random.pick(WEIRD_STRINGS)]);
  if (type === 'integer' || type === 'number') return random.pick([...nasty, '12', '1e3', 'NaN']);
  if (type === 'boolean') return random.pick([...nasty, 'true', 0, 1]);
  return random.pick(nasty);
}

/** Nested `depth` deep: arrays, objects, or both in turn. */
export function deeplyNested(random: Random, depth: number): string {
  const shape = random.int(0, 2);
  if (shape === 0) return '['.repeat(depth) + ']'.repeat(depth);
  if (shape === 1) return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  return '{"items":['.repeat(depth) + ']}'.repeat(depth);
}

// The benchmark's arithmetic and wording, not its timings: percentiles, verdicts, the request floor, the
// order tables are re-inserted in, and how plans are shown.
import { describe, expect, it } from 'vitest';
import { renderPlan } from './explain.js';
import type { LoadFigures } from './load.js';
import { parentsFirst } from './new-rows.js';
import { limitMs, scenarioVerdicts, summarizeVerdicts } from './report.js';
import { percentile, summarize } from './stats.js';

const load = (
  connections: number,
  p95: number,
  cpu = { api: 1, postgres: 1 },
  failures = 0,
): LoadFigures => ({
  connections,
  seconds: 5,
  requests: 100,
  p50: p95 / 2,
  p95,
  p99: p95,
  max: p95,
  mean: p95 / 2,
  requestsPerSecond: 20,
  failures,
  cpuMsPerRequest: cpu,
  peakRssMb: 100,
});

describe('percentile', () => {
  it('takes the nearest rank: the smallest value with at least q of the values at or below it', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 .. 1, unsorted
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarizes times rounded to a tenth', () => {
    expect(summarize([1, 2, 3, 4.04])).toEqual({ requests: 4, p50: 2, p95: 4, p99: 4, max: 4, mean: 2.5 });
  });
});

describe('verdicts', () => {
  const scenario = (c1: LoadFigures, c8: LoadFigures, apiOverSql: number | null) => ({
    name: 'x',
    group: 'search' as const,
    targeted: true,
    path: '/api/orders',
    distinctPaths: 1,
    total: 1,
    approximate: null,
    sql: { sqlMs: 1, statements: [] },
    load: { 1: c1, 8: c8 },
    limitMs: {},
    apiOverSql,
  });

  it('holds p95 to 50 ms at concurrency 1, 150 ms at 8, and API time to twice the SQL', () => {
    expect(scenarioVerdicts(scenario(load(1, 50), load(8, 150), 2))).toEqual({
      'p95 c1': 'met',
      'p95 c8': 'met',
      'API/SQL': 'met',
    });
    expect(scenarioVerdicts(scenario(load(1, 50.1), load(8, 151), 2.5))).toEqual({
      'p95 c1': 'missed',
      'p95 c8': 'missed',
      'API/SQL': 'missed',
    });
  });

  it('counts failed requests as a miss, and judges nothing of an untargeted scenario', () => {
    expect(scenarioVerdicts(scenario(load(1, 10, undefined, 3), load(8, 10), null))).toEqual({
      'p95 c1': 'missed',
      'p95 c8': 'met',
      'API/SQL': 'n/a',
    });
    expect(scenarioVerdicts({ ...scenario(load(1, 999), load(8, 999), 9), targeted: false })).toEqual({});
  });

  it('lists what missed', () => {
    const summary = summarizeVerdicts({
      scenarios: [
        { ...scenario(load(1, 60), load(8, 10), 1), verdicts: { 'p95 c1': 'missed', 'p95 c8': 'met' } },
      ],
      import: null,
      memory: { idleRssMb: 100, peakRssUnderLoadMb: 300, verdict: 'missed' },
    });
    expect(summary).toEqual({ met: 1, missed: 2, missedWhat: ['x: p95 c1', 'API resident memory'] });
  });
});

describe('limitMs', () => {
  it('is the HTTP floor plus the SQL at concurrency 1', () => {
    expect(limitMs(4, 1.5, load(1, 10), 2)).toBe(5.5);
    expect(limitMs(4, null, load(1, 10), 2)).toBeNull();
  });

  it('at concurrency c on n CPUs is at least c/n times the CPU a request costs', () => {
    // 8 requests of 3 ms CPU each on 2 CPUs: 12 ms before the last is done.
    expect(limitMs(1, 1, load(8, 10, { api: 2, postgres: 1 }), 2)).toBe(12);
    expect(limitMs(20, 1, load(8, 10, { api: 2, postgres: 1 }), 2)).toBe(21);
  });
});

describe('parentsFirst', () => {
  it('puts every table after the tables it references', () => {
    const tables = ['sales_order_items', 'amazon_order_items', 'sales_orders', 'amazon_orders'].map(
      (table) => ({
        table,
      }),
    );
    const references = [
      { child: 'sales_order_items', parent: 'sales_orders' },
      { child: 'sales_order_items', parent: 'amazon_order_items' },
      { child: 'sales_orders', parent: 'amazon_orders' },
      { child: 'amazon_order_items', parent: 'amazon_orders' },
      { child: 'amazon_orders', parent: 'users' }, // not among the tables: no constraint on order
    ];
    const order = parentsFirst(tables, references).map((t) => t.table);
    for (const { child, parent } of references.slice(0, 4))
      expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));
    expect(order).toHaveLength(4);
  });
});

describe('renderPlan', () => {
  it('shows each node with its index or table, actual time, rows and loops, indented', () => {
    const lines = renderPlan({
      'Node Type': 'Limit',
      'Actual Total Time': 0.5,
      'Actual Rows': 25,
      'Actual Loops': 1,
      Plans: [
        {
          'Node Type': 'Index Scan',
          'Index Name': 'amazon_orders_purchase_date_index',
          'Relation Name': 'amazon_orders',
          'Actual Total Time': 0.4,
          'Actual Rows': 25,
          'Actual Loops': 1,
          Filter: "(status = 'Shipped'::text)",
          'Rows Removed by Filter': 9,
        },
      ],
    });
    expect(lines).toEqual([
      'Limit (0.5 ms, rows 25 x 1)',
      '  -> Index Scan using amazon_orders_purchase_date_index on amazon_orders (0.4 ms, rows 25 x 1)',
      "       Filter: (status = 'Shipped'::text)",
      '       Rows Removed by Filter: 9',
    ]);
  });

  it('names the subplans a node runs for its parent', () => {
    const lines = renderPlan({
      'Node Type': 'Index Scan',
      'Relation Name': 'amazon_orders',
      Plans: [
        {
          'Node Type': 'Index Scan',
          'Parent Relationship': 'InitPlan',
          'Subplan Name': 'InitPlan 1 (returns $0)',
          'Relation Name': 'sales_orders',
        },
        { 'Node Type': 'Hash', 'Parent Relationship': 'Inner' },
      ],
    });
    expect(lines).toEqual([
      'Index Scan on amazon_orders',
      '  -> InitPlan 1 (returns $0): Index Scan on sales_orders',
      '  -> Hash',
    ]);
  });
});

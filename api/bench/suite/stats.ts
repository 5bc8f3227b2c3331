// Percentiles of measured times and the targets, applied to one scenario's figures.

/** The q-quantile by nearest rank (q in [0, 1]): the smallest value with at least q of the values at or below. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  const round = (n: number) => Math.round(n * 10) / 10;
  const mean = values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
  return {
    requests: values.length,
    p50: round(percentile(values, 0.5)),
    p95: round(percentile(values, 0.95)),
    p99: round(percentile(values, 0.99)),
    max: round(values.length ? Math.max(...values) : NaN),
    mean: round(mean),
  };
}

/** The targets on the 2-core machine at 1,000,000 orders. */
export const TARGETS = {
  /** p95 in ms of every grid and search request, counts included, by concurrency. */
  p95Ms: { 1: 50, 8: 150 } as Record<number, number>,
  /** API time over the bare SQL time of the same statements. */
  apiOverSql: 2,
  importOrdersPerSecond: 1000,
  apiRssMb: 250,
};

export type Verdict = 'met' | 'missed' | 'n/a';

export const atMost = (value: number | null | undefined, limit: number | undefined): Verdict =>
  value === null || value === undefined || limit === undefined || Number.isNaN(value)
    ? 'n/a'
    : value <= limit
      ? 'met'
      : 'missed';

export const atLeast = (value: number | null | undefined, limit: number): Verdict =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value >= limit ? 'met' : 'missed';

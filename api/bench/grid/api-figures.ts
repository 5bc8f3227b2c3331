import type { ApiClient } from '../../test/support/api-client.js';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The median time of `runs` calls of one GET (after one unmeasured call that warms the caches). */
export async function timeApi(client: ApiClient, path: string, runs: number): Promise<number> {
  const timings: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now();
    const res = await client.get(path);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${res.text}`);
    if (run > 0) timings.push(performance.now() - started);
  }
  return Math.round(median(timings));
}

/**
 * The export of every order, read as it streams (lines counted, nothing kept): its time, its rows, its size,
 * and how much this process (which also runs the API) grew meanwhile, sampled every 10 ms.
 */
export async function exportFigures(url: string, client: ApiClient) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  const res = await fetch(`${url}/api/amazon-orders/export.csv`, {
    headers: { cookie: client.sessionCookie! },
  });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body!) {
    const data = chunk as Uint8Array;
    bytes += data.length;
    for (const byte of data) if (byte === 10) lines += 1;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  return {
    ms: Math.round(ms),
    // Data lines; a quoted value with a line break inside would count twice (the seeded names have none).
    rows: lines - 1,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    rssGrowthMegabytes: Number(((peak - baseline) / 1e6).toFixed(1)),
  };
}

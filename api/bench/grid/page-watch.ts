// What the grid bench reads inside the page, measured by the page itself rather than through Playwright's
// round trips (on a busy machine a locator's polling adds 100-300 ms that no user waits for):
//   - each change of the grid's rows (the Amazon order ids shown), when it was in the DOM and when the frame
//     showing it was done (a requestAnimationFrame, then a task: the frame after the change was painted);
//   - each click's and each input's event time (the start of a tab, sort or search change);
//   - long tasks (over 50 ms on the main thread), and React commits (through the hook React reports to
//     when a developer tool is present), counts that do not depend on how fast the machine is.
// All times are performance.now() values: milliseconds since the navigation started.
import type { BrowserContext, Page } from 'playwright-core';

// Plain JavaScript (no build step in the page); installed into every page of the context before any script.
const WATCH_SCRIPT = String.raw`(() => {
  const watch = { rows: [], events: [], longTasks: [], commits: [] };
  globalThis.__gridWatch = watch;
  let shown = null;
  new MutationObserver(() => {
    const cells = document.querySelectorAll('table tbody td.column-id');
    const ids = Array.from(cells, (cell) => (cell.textContent || '').trim()).join(',');
    if (ids === shown) return;
    shown = ids;
    const change = { ids, at: performance.now(), paintedAt: null };
    watch.rows.push(change);
    requestAnimationFrame(() => setTimeout(() => { change.paintedAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true, characterData: true });
  for (const type of ['click', 'input'])
    document.addEventListener(type, (event) => { watch.events.push({ type, at: event.timeStamp }); }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.longTasks.push({ at: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: () => { watch.commits.push(performance.now()); },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
  };
})();`;

interface RowChange {
  ids: string;
  at: number;
  paintedAt: number | null;
}

interface Watched {
  rows: RowChange[];
  events: { type: 'click' | 'input'; at: number }[];
  longTasks: { at: number; ms: number }[];
  commits: number[];
}

interface ResourceEntry {
  name: string;
  initiatorType: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
  decodedBodySize: number;
}

/**
 * A clock of the page's main-thread CPU time (Chromium's TaskDuration counted in thread ticks): what the page
 * itself computed, which a machine busy with other work inflates far less than wall time.
 */
export async function mainThreadCpuClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0);
  };
}

/** Installs the watcher in every page the context opens (call before the navigation). */
export async function watchGrid(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: WATCH_SCRIPT });
}

const read = (page: Page): Promise<Watched> => page.evaluate('globalThis.__gridWatch') as Promise<Watched>;

/**
 * Waits until the grid shows `ids` (in order) and its frame was painted; answers that change. `after`: only
 * a change made after this page time counts (a tab change must not be satisfied by the rows shown before).
 */
export async function waitForRows(page: Page, ids: string[], after = 0): Promise<RowChange> {
  const expected = ids.join(',');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const change = (await read(page)).rows.find(
      (row) => row.ids === expected && row.at >= after && row.paintedAt !== null,
    );
    if (change) return change;
    if (Date.now() > deadline) throw new Error(`the grid never showed ${expected}`);
    await page.waitForTimeout(20);
  }
}

/** The latest event's time (page time) of that type: a click, or an input (text typed in a field). */
export async function lastEventAt(page: Page, type: 'click' | 'input'): Promise<number> {
  const event = (await read(page)).events.findLast((seen) => seen.type === type);
  if (!event) throw new Error(`no ${type} was seen by the page`);
  return event.at;
}

/**
 * What happened in the page between `from` and `until` (page times): counts that need no fast machine, and
 * the API requests made (their start and end in ms after `from`).
 */
export async function workBetween(page: Page, from: number, until: number) {
  const watched = await read(page);
  const within = (at: number) => at >= from && at <= until;
  const longTasks = watched.longTasks.filter((task) => within(task.at));
  const resources = (await page.evaluate(
    "performance.getEntriesByType('resource').map((e) => ({ name: e.name, initiatorType: e.initiatorType, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize, decodedBodySize: e.decodedBodySize }))",
  )) as ResourceEntry[];
  const started = resources.filter((entry) => within(entry.startTime));
  const api = started.filter((entry) => new URL(entry.name).pathname.startsWith('/api/'));
  const scripts = started.filter((entry) => entry.initiatorType === 'script' || /\.js$/.test(entry.name));
  return {
    reactCommits: watched.commits.filter(within).length,
    longTasks: longTasks.length,
    longTasksMs: Math.round(longTasks.reduce((sum, task) => sum + task.ms, 0)),
    apiRequests: api.map((entry) => {
      const url = new URL(entry.name);
      const [start, end] = [entry.startTime - from, entry.responseEnd - from].map(Math.round);
      return `${start}-${end} ${url.pathname}${decodeURIComponent(url.search)}`;
    }),
    scripts: scripts.length,
    scriptKilobytes: Math.round(scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0) / 1024),
    // 0 when they came from the HTTP cache.
    scriptKilobytesTransferred: Math.round(
      scripts.reduce((sum, entry) => sum + entry.transferSize, 0) / 1024,
    ),
  };
}

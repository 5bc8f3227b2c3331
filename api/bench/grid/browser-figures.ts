// The grid as a user meets it in Chromium, per run (a new browser context each time: an empty HTTP cache,
// no stored list settings), the session prepared before any timing (a login request in the context):
//   - cold load: navigation start -> the first page of orders painted (everything downloaded);
//   - search: a buyer's last name typed in the search box (its input event) -> its rows painted (then the
//     box is emptied again, untimed);
//   - status tab: its click -> its rows painted;
//   - sort change: the click on a column header -> its rows painted;
//   - warm load: a reload (scripts from the HTTP cache) -> the first page painted.
// Times are taken by the page itself (grid/page-watch.ts). `coldLoadSeenByHarnessMs` is the same cold load
// seen from this process through Playwright (its polling and round trips included), as older runs measured.
// Each figure comes with what the page did meanwhile: its main-thread CPU time (until this process saw the
// rows, a little after they were painted), API requests, scripts, React commits and long tasks, which a
// machine busy with other work inflates far less than wall time.
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { median } from './api-figures.js';
import { lastEventAt, mainThreadCpuClock, waitForRows, watchGrid, workBetween } from './page-watch.js';

const TABS = ['Unshipped', 'Shipped', 'Canceled', 'Pending', 'Partially shipped'];
const isListAnswer = (res: Response) => /\/api\/amazon-orders\?/.test(res.url());
const idsOf = async (res: Response) => ((await res.json()) as { id: string }[]).map((order) => order.id);

type Work = Awaited<ReturnType<typeof workBetween>> & { mainThreadCpuMs: number };
type CpuClock = () => Promise<number>;

interface Run {
  coldLoadMs: number;
  harnessMs: number;
  coldLoadWork: Work;
  statusTabMs: number;
  statusTabWork: Work;
  sortChangeMs: number;
  sortChangeWork: Work;
  searchMs: number;
  searchWork: Work;
  warmLoadMs: number;
  warmLoadWork: Work;
}

/** A page in a new context, logged in as `username` before anything is timed. */
async function loggedInPage(browser: Browser, url: string, username: string, password: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const login = await context.request.post(`${url}/api/auth/login`, { data: { username, password } });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  await watchGrid(context);
  return context.newPage();
}

/** Loads the grid (navigation or reload) and answers when its first page was painted, in page time. */
async function timeLoad(page: Page, cpu: CpuClock, load: () => Promise<unknown>) {
  const answer = page.waitForResponse(isListAnswer);
  answer.catch(() => undefined); // awaited below; if something fails first, the page closes under it
  const cpuBefore = await cpu();
  await load();
  const shown = await waitForRows(page, await idsOf(await answer));
  // A new document may start a new renderer process, whose clock starts at 0.
  const cpuAfter = await cpu();
  const mainThreadCpuMs = Math.round(cpuAfter >= cpuBefore ? cpuAfter - cpuBefore : cpuAfter);
  return {
    ms: shown.paintedAt!,
    work: { ...(await workBetween(page, 0, shown.paintedAt!)), mainThreadCpuMs },
  };
}

/**
 * Clicks `target` (or fills it with `text`), then answers the time from that event to the new rows painted.
 * The target is found before the main-thread clock starts (Playwright's role queries run in the page).
 */
async function timeChange(page: Page, cpu: CpuClock, target: Locator, text?: string) {
  const element = await target.elementHandle();
  if (!element) throw new Error(`nothing to act on: ${target.toString()}`);
  const answer = page.waitForResponse(isListAnswer);
  answer.catch(() => undefined); // awaited below; if something fails first, the page closes under it
  const cpuBefore = await cpu();
  await (text === undefined ? element.click() : element.fill(text));
  const startedAt = await lastEventAt(page, text === undefined ? 'click' : 'input');
  const shown = await waitForRows(page, await idsOf(await answer), startedAt);
  const mainThreadCpuMs = Math.round((await cpu()) - cpuBefore);
  return {
    ms: shown.paintedAt! - startedAt,
    work: { ...(await workBetween(page, startedAt, shown.paintedAt!)), mainThreadCpuMs },
  };
}

async function oneRun(browser: Browser, url: string, password: string, tab: string): Promise<Run> {
  const page = await loggedInPage(browser, url, 'support', password);
  try {
    const cpu = await mainThreadCpuClock(page);
    const started = performance.now();
    const cold = await timeLoad(page, cpu, () => page.goto(`${url}/#/amazon-orders`));
    const harnessMs = performance.now() - started;
    // Other buyers' orders: the last name of the last buyer named on the first page (Pending orders have none).
    const names = await page.locator('table tbody td.column-buyer_name').allTextContents();
    const lastName = names
      .findLast((name) => name.trim() !== '')!
      .trim()
      .split(' ')
      .at(-1)!;
    const searchBox = page.getByRole('textbox', { name: /^Order number, buyer name/ });
    const search = await timeChange(page, cpu, searchBox, lastName);
    await timeChange(page, cpu, searchBox, '');
    const statusTab = await timeChange(page, cpu, page.getByRole('tab', { name: new RegExp(`^${tab} \\(`) }));
    const sort = await timeChange(page, cpu, page.getByRole('button', { name: /^Sort by order total/ }));
    const warm = await timeLoad(page, cpu, () => page.reload());
    return {
      coldLoadMs: cold.ms,
      harnessMs,
      coldLoadWork: cold.work,
      statusTabMs: statusTab.ms,
      statusTabWork: statusTab.work,
      sortChangeMs: sort.ms,
      sortChangeWork: sort.work,
      searchMs: search.ms,
      searchWork: search.work,
      warmLoadMs: warm.ms,
      warmLoadWork: warm.work,
    };
  } finally {
    await page.context().close();
  }
}

const summary = (values: number[]) => ({
  median: Math.round(median(values)),
  min: Math.round(Math.min(...values)),
  max: Math.round(Math.max(...values)),
});

/** The counts of the median run by `pick`, with the API requests of that run (start-end ms, path). */
const medianWork = (runs: Run[], pick: (run: Run) => Work) => {
  const works = runs.map(pick);
  const middle = [...works].sort((a, b) => a.longTasksMs - b.longTasksMs)[Math.floor(works.length / 2)]!;
  return {
    ...middle,
    reactCommits: summary(works.map((work) => work.reactCommits)),
    longTasksMs: summary(works.map((work) => work.longTasksMs)),
    mainThreadCpuMs: summary(works.map((work) => work.mainThreadCpuMs)),
  };
};

export async function browserFigures(browser: Browser, url: string, password: string, runs: number) {
  const done: Run[] = [];
  for (let run = 0; run < runs; run += 1) {
    done.push(await oneRun(browser, url, password, TABS[run % TABS.length]!));
    process.stderr.write(`run ${run + 1}/${runs}\n`);
  }
  return {
    coldLoadToFirstPageMs: summary(done.map((run) => run.coldLoadMs)),
    coldLoadSeenByHarnessMs: summary(done.map((run) => run.harnessMs)),
    statusTabToRowsMs: summary(done.map((run) => run.statusTabMs)),
    sortChangeToRowsMs: summary(done.map((run) => run.sortChangeMs)),
    searchToRowsMs: summary(done.map((run) => run.searchMs)),
    warmLoadToFirstPageMs: summary(done.map((run) => run.warmLoadMs)),
    work: {
      coldLoad: medianWork(done, (run) => run.coldLoadWork),
      statusTab: medianWork(done, (run) => run.statusTabWork),
      sortChange: medianWork(done, (run) => run.sortChangeWork),
      search: medianWork(done, (run) => run.searchWork),
      warmLoad: medianWork(done, (run) => run.warmLoadWork),
    },
  };
}

import { expect, test, type Page, type Request } from '@playwright/test';
import { importedUnshippedOrder, managerApiForFile } from '../support/amazon-orders';
import { storageStateOf } from '../support/roles';

// Opened on the Amazon orders grid, the page asks for the first page and the status counts while the
// panel's scripts load (public/early-fetch.js), and the panel uses those answers instead of asking again.
test.use({ storageState: storageStateOf('support') });
test.describe.configure({ timeout: 60_000 });

// An Unshipped order on "Amazon", synced, so that the grid has rows (and an Unshipped one) to show.
const manager = managerApiForFile();
test.beforeAll(async () => {
  await importedUnshippedOrder(manager());
});

const isList = (request: Request) => /\/api\/amazon-orders\?/.test(request.url());
const isCounts = (request: Request) => /\/api\/amazon-orders\/status-counts\?/.test(request.url());

/** Every request for the grid's list and counts the page sends from now on. */
function recordGridRequests(page: Page) {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (isList(request) || isCounts(request)) sent.push(request);
  });
  return {
    lists: () => sent.filter(isList).map((request) => request.url()),
    counts: () => sent.filter(isCounts).map((request) => request.url()),
  };
}

const rows = (page: Page) => page.getByRole('table').locator('tbody tr');

test('opened directly, the grid asks for its first page and its counts once, before React starts', async ({
  page,
}) => {
  const requests = recordGridRequests(page);
  await page.goto('/#/amazon-orders');
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole('tab', { name: /^All \(\d+\)$/ })).toBeVisible();
  expect(requests.lists()).toHaveLength(1);
  expect(decodeURIComponent(requests.lists()[0]!)).toContain(
    'sort=["purchase_date","DESC"]&range=[0,24]&filter={}',
  );
  expect(requests.counts()).toHaveLength(1);
});

test('opened on a filtered URL, the early answer is the filtered one and the rows match it', async ({
  page,
}) => {
  const requests = recordGridRequests(page);
  const filter = encodeURIComponent(JSON.stringify({ status: 'Unshipped' }));
  await page.goto(`/#/amazon-orders?filter=${filter}&order=ASC&page=1&perPage=10&sort=order_total`);
  await expect(rows(page).first()).toBeVisible();
  for (const status of await rows(page).locator('td.column-status').allTextContents())
    expect(status).toBe('Unshipped');
  expect(requests.lists()).toHaveLength(1);
  expect(decodeURIComponent(requests.lists()[0]!)).toContain(
    'sort=["order_total","ASC"]&range=[0,9]&filter={"status":"Unshipped"}',
  );
  // The tab counts are counted under the other filters (none).
  expect(requests.counts()).toHaveLength(1);
  expect(decodeURIComponent(requests.counts()[0]!)).toContain('filter={}');
});

test('a later visit to the grid asks the API again: an early answer is used once', async ({ page }) => {
  await page.goto('/#/amazon-orders');
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  const requests = recordGridRequests(page);
  await page.getByRole('link', { name: 'Amazon orders' }).first().click();
  await expect(rows(page).first()).toBeVisible();
  // react-query may show its cached page first, but the panel asks the API for a fresh one.
  await expect.poll(() => requests.lists().length).toBeGreaterThanOrEqual(1);
});

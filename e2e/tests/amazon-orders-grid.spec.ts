import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, createAmazonOrder, isImported, syncUntil } from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { storageStateOf } from '../support/roles';

// The order is made on "Amazon" and synced before the grid is opened.
test.describe.configure({ timeout: 60_000 });
test.use({ storageState: storageStateOf('fulfillment') });

let manager: APIRequestContext;
let unshippedId: string;
test.beforeAll(async () => {
  manager = await apiAs('manager');
  unshippedId = (await syncUntil(manager, await createAmazonOrder(manager, 'Unshipped'), isImported)).id;
});
test.afterAll(async () => {
  await manager.dispose();
});

const grid = (page: Page) => page.getByRole('table');
// A sortable column's header is named after its sort button ("Sort by buyer's name ascending").
const columnHeader = (page: Page, name: string) =>
  grid(page).getByRole('columnheader').filter({ hasText: name });
const statusTab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test('fulfillment staff find an Unshipped order through its status tab, with exact counts', async ({
  page,
}) => {
  const counts = (await (await manager.get('/api/amazon-orders/status-counts')).json()) as {
    total: number;
    statuses: Record<string, number>;
  };
  await page.goto('/#/amazon-orders');
  await expect(statusTab(page, /^All \(\d+\)$/)).toHaveAttribute('aria-selected', 'true');
  await expect(statusTab(page, /^Unshipped \(\d+\)$/)).toHaveText(`Unshipped (${counts.statuses.Unshipped})`);
  await expect(statusTab(page, /^All/)).toHaveText(`All (${counts.total})`);

  await statusTab(page, /^Unshipped/).click();
  await expect(statusTab(page, /^Unshipped/)).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/Unshipped/);
  const rows = grid(page).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const status of await rows.locator('td.column-status').allTextContents())
    expect(status).toBe('Unshipped');

  // The order number filter narrows to the one order; the tab counts follow the other filters.
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Order number starts with' }).click();
  await page.getByLabel('Order number starts with').fill(unshippedId);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link', { name: unshippedId })).toBeVisible();
  await expect(statusTab(page, /^Unshipped/)).toHaveText('Unshipped (1)');
  await expect(statusTab(page, /^Shipped/)).toHaveText('Shipped (0)');
  await shot(page, 'amazon-orders-grid-unshipped');

  // The Commerce order number links to the Commerce order.
  const order = (await (await manager.get(`/api/amazon-orders/${unshippedId}`)).json()) as {
    commerce_increment_id: string;
    commerce_order_id: number;
  };
  await rows.first().getByRole('link', { name: order.commerce_increment_id }).click();
  await expect(page).toHaveURL(new RegExp(`#/orders/${order.commerce_order_id}/show`));
});

test('the column chooser hides and shows columns, and keeps the choice', async ({ page }) => {
  await page.goto('/#/amazon-orders');
  await expect(columnHeader(page, "Buyer's name")).toBeVisible();
  await expect(columnHeader(page, 'Buyer email')).toHaveCount(0);

  await page.getByRole('button', { name: 'Columns' }).click();
  const chooser = page.getByRole('presentation');
  await chooser.getByLabel("Buyer's name", { exact: true }).click();
  await chooser.getByLabel('Buyer email', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(columnHeader(page, "Buyer's name")).toHaveCount(0);
  await expect(columnHeader(page, 'Buyer email')).toBeVisible();
  await shot(page, 'amazon-orders-grid-columns');

  await page.reload();
  await expect(columnHeader(page, 'Buyer email')).toBeVisible();
  await expect(columnHeader(page, "Buyer's name")).toHaveCount(0);
});

test('Export CSV downloads the whole filtered set in the grid order', async ({ page }) => {
  await page.goto('/#/amazon-orders');
  await statusTab(page, /^Unshipped/).click();
  await expect(statusTab(page, /^Unshipped/)).toHaveAttribute('aria-selected', 'true');
  const expected = (await statusTab(page, /^Unshipped/).textContent())!.match(/\((\d+)\)/)![1];

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^amazon-orders-[\d-]+\.csv$/);
  const lines = fs
    .readFileSync((await file.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  expect(lines[0]).toMatch(/^amazon_order_id,store_id,store_name,commerce_increment_id,buyer_name,/);
  expect(lines.some((line) => line.startsWith(`${unshippedId},`))).toBe(true);
  const status = lines[0]!.split(',').indexOf('status');
  const records = lines.slice(1).filter((line) => /^\d{3}-\d{7}-\d{7},/.test(line));
  expect(records).toHaveLength(Number(expected));
  // Demo buyer names carry no commas, so the status is the status-th cell.
  for (const line of records) expect(line.split(',')[status]).toBe('Unshipped');
});

test('the Amazon orders grid has no serious accessibility violations', async ({ page }) => {
  await page.goto('/#/amazon-orders');
  await expect(grid(page).locator('tbody tr').first()).toBeVisible();
  await expect(statusTab(page, /^All \(\d+\)$/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'amazon-orders-grid');
});

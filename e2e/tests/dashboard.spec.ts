import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  apiAs,
  createAmazonOrder,
  isImported,
  syncUntil,
  type AmazonOrderRecord,
} from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { sidebar } from '../support/menu';
import { FULL_NAMES, storageStateOf } from '../support/roles';

// The first sync brings in the demo backlog (25 orders) beside the order each test makes.
test.describe.configure({ timeout: 60_000 });

let manager: APIRequestContext;
let order: AmazonOrderRecord;
test.beforeAll(async () => {
  manager = await apiAs('manager');
  order = await syncUntil(manager, await createAmazonOrder(manager, 'Unshipped'), isImported);
});
test.afterAll(async () => {
  await manager.dispose();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
const headline = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Headline figures' })
    .getByRole('link', { name: new RegExp(`^${label} [\\d,]+$`) });
const recentOrders = (page: Page) => page.getByRole('table', { name: 'Recent Orders' });

/** The figure a headline card shows. */
async function figureOf(page: Page, label: string): Promise<number> {
  const text = (await headline(page, label).innerText()).replace(label, '').replace(/[^\d]/g, '');
  return text === '' ? Number.NaN : Number(text);
}

test.describe('a merchant (admin) on the dashboard', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('sees the headline figures and Recent Orders, and follows an order to its Commerce order', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES.admin}` })).toBeVisible();
    for (const label of ['Orders today', 'Awaiting shipment', 'Buyers asking to cancel', 'Import errors']) {
      await expect(headline(page, label), label).toBeVisible();
    }
    expect(await figureOf(page, 'Awaiting shipment')).toBeGreaterThanOrEqual(1);
    expect(await figureOf(page, 'Orders today')).toBeGreaterThanOrEqual(1);

    const table = recentOrders(page);
    await expect(table.getByRole('row')).toHaveCount(11); // the header and the 10 latest orders
    for (const column of [
      'Purchase Date',
      'Order Number',
      'Status',
      "Buyer's Name",
      'Grand Total',
      'Order Notes',
    ]) {
      await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    // The order made last is the newest: first in Recent Orders.
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('link', { name: order.id })).toBeVisible();
    await expect(first).toContainText('Unshipped');
    await expect(first).toContainText('$');
    await expect(page.getByRole('link', { name: 'View all Amazon orders' })).toHaveAttribute(
      'href',
      /^#\/amazon-orders\?/,
    );
    await expect(page.getByText('Last sync per store')).toBeVisible();
    await expect(page.getByText(/Succeeded, .*\n?.*seen/).first()).toBeVisible();
    await shot(page, 'dashboard-admin');

    await first.getByRole('link', { name: order.id }).click();
    await expect(page).toHaveURL(new RegExp(`#/amazon-orders/${order.id}/show$`));
    await shot(page, 'dashboard-amazon-order-details');
    await page
      .getByRole('link', { name: `#${order.commerce_increment_id}` })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`#/orders/${order.commerce_order_id}/show$`));
    await expect(page.getByText(order.id).first()).toBeVisible();
    await shot(page, 'dashboard-commerce-order');
  });

  test('a headline card opens the Amazon orders grid filtered to what it counts', async ({ page }) => {
    await page.goto('/');
    const card = headline(page, 'Awaiting shipment');
    await expect(card).toBeVisible();
    await card.click();
    await expect(page).toHaveURL(/#\/amazon-orders\?/);
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}');
    expect(filter).toEqual({ fulfillment_channel: 'MFN', status: ['Unshipped', 'PartiallyShipped'] });
    await expect(page.getByRole('link', { name: order.id }).first()).toBeVisible();
  });

  test('the dashboard has no serious accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(recentOrders(page).getByRole('row')).toHaveCount(11);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("opens a SKU's reservation ledger from Catalog > Stock, with links to the orders", async ({
    page,
  }) => {
    await page.goto('/');
    await sidebar(page).getByRole('link', { name: 'Stock', exact: true }).click();
    await page.getByRole('link', { name: 'OD-MUG-001', exact: true }).click();
    await expect(page).toHaveURL(/#\/stock\/OD-MUG-001\/show$/);
    await expect(page.getByRole('heading', { name: 'Reservation ledger' })).toBeVisible();
    const entry = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `Amazon order ${order.id}` }) });
    await expect(entry).toContainText('Order placed (reserved)');
    await expect(entry).toContainText('-1');
    await expect(
      entry.getByRole('link', { name: `Commerce order #${order.commerce_increment_id}` }),
    ).toHaveAttribute('href', `#/orders/${order.commerce_order_id}/show`);
    await shot(page, 'stock-ledger');
    expect(await seriousViolations(page)).toEqual([]);
    await entry.getByRole('link', { name: `Amazon order ${order.id}` }).click();
    await expect(page).toHaveURL(new RegExp(`#/amazon-orders/${order.id}/show$`));
  });

  test('creates a user and changes its role; the API keeps the last administrator and the admin stays logged in', async ({
    page,
  }) => {
    const username = `e2e.${Date.now()}`;
    await page.goto('/#/users/create');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Full name').fill('Eve Example');
    await page.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Support' }).click();
    await page.getByRole('textbox', { name: 'Password' }).fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/users$/);
    await page.getByRole('link', { name: username }).click();
    await page.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Manager' }).click();
    await shot(page, 'user-edit');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('row').filter({ hasText: username })).toContainText('Manager');

    // The demo admin is the only administrator: demoting them is refused with the API's reason (409).
    await page.getByRole('link', { name: 'admin', exact: true }).click();
    await page.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Manager' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/last active administrator/)).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES.admin}` })).toBeVisible();
  });
});

test.describe('support on the dashboard', () => {
  test.use({ storageState: storageStateOf('support') });

  test('sees the dashboard and its figures but no user administration', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES.support}` })).toBeVisible();
    await expect(headline(page, 'Import errors')).toBeVisible();
    await expect(recentOrders(page).getByRole('link', { name: order.id })).toBeVisible();
    await expect(sidebar(page).getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
    await shot(page, 'dashboard-support');

    const answers: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/users')) answers.push(response.status());
    });
    await page.goto('/#/users/1');
    await expect(page.getByText(/access denied|not authorized|unauthorized/i).first()).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveCount(0);
    expect(answers.every((status) => status === 403)).toBe(true);
  });
});

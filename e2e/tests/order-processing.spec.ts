import { expect, test, type Page } from '@playwright/test';
import { importedUnshippedOrder, managerApiForFile, type AmazonOrderRecord } from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { sidebar, testScreenshot } from '../support/menu';
import { SANDBOX_URL } from '../support/ports';
import { storageStateOf } from '../support/roles';

// Each test makes its order on "Amazon" and has the app sync it first.
test.describe.configure({ timeout: 60_000 });

const manager = managerApiForFile();

const orderPath = (order: AmazonOrderRecord, tab = '') => `/#/orders/${order.commerce_order_id}/show${tab}`;
const toolbarButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const notification = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });
const tab = (page: Page, name: RegExp | string) => page.getByRole('tab', { name });

/** The top bar's actions in its order; Cancel on Amazon is a link to Amazon Order Details. */
const ACTIONS = ['Invoice', 'Ship', 'Credit Memo', 'Cancel', 'Cancel on Amazon', 'Hold', 'Unhold', 'Comment'];

/** The actions of the order's top bar that are shown. */
async function visibleActions(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const name of ACTIONS) {
    const role = name === 'Cancel on Amazon' ? 'link' : 'button';
    if (await page.getByRole(role, { name, exact: true }).isVisible()) shown.push(name);
  }
  return shown;
}

test.describe('fulfillment staff process an Amazon order', () => {
  test.use({ storageState: storageStateOf('fulfillment') });

  test('invoice it, ship it with carrier and tracking number, and Amazon receives the tracking', async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(orderPath(order));
    for (const section of [
      'Order & Account Information',
      'Address Information',
      'Payment & Shipping Method',
      'Items Ordered',
      'Order Totals',
    ])
      await expect(page.getByRole('region', { name: section }), section).toBeVisible();
    await expect(page.getByRole('region', { name: 'Items Ordered' })).toContainText('OD-MUG-001');
    await expect(page.getByText('Processing', { exact: true })).toBeVisible();
    await expect
      .poll(() => visibleActions(page))
      .toEqual(['Invoice', 'Ship', 'Cancel on Amazon', 'Hold', 'Comment']);
    await expect(page.getByRole('link', { name: 'Cancel on Amazon', exact: true })).toHaveAttribute(
      'href',
      `#/amazon-orders/${encodeURIComponent(order.id)}/show`,
    );
    await testScreenshot(page, 'order-view-information');
    expect(await seriousViolations(page)).toEqual([]);

    await toolbarButton(page, 'Invoice').click();
    const invoiceDialog = page.getByRole('dialog', { name: `Invoice order #${order.commerce_increment_id}` });
    await expect(invoiceDialog.getByRole('spinbutton', { name: 'Quantity of OD-MUG-001' })).toHaveValue('1');
    await invoiceDialog.getByRole('button', { name: 'Submit Invoice' }).click();
    await expect(notification(page, 'Invoice created')).toBeVisible();
    await expect(invoiceDialog).toBeHidden();
    await expect(toolbarButton(page, 'Invoice')).toHaveCount(0);
    await expect(toolbarButton(page, 'Credit Memo')).toBeVisible();
    await tab(page, 'Invoices (1)').click();
    await expect(page.getByRole('table', { name: 'Invoices' })).toContainText('OD-MUG-001');

    await toolbarButton(page, 'Ship').click();
    const shipDialog = page.getByRole('dialog', { name: `Ship order #${order.commerce_increment_id}` });
    await expect(shipDialog).toContainText(`sent to Amazon for order ${order.id}`);
    const submit = shipDialog.getByRole('button', { name: 'Submit Shipment' });
    await expect(submit).toBeDisabled();
    await shipDialog.getByRole('combobox', { name: 'Carrier' }).click();
    await page.getByRole('option', { name: 'FedEx' }).click();
    await expect(shipDialog.getByRole('textbox', { name: 'Title' })).toHaveValue('FedEx');
    const trackingNumber = `7489${Date.now()}`;
    await shipDialog.getByRole('textbox', { name: 'Tracking number' }).fill(trackingNumber);
    // Enabled once the form is valid (its colour then changes, a transition the accessibility check waits out).
    await expect(submit).toBeEnabled();
    await testScreenshot(page, 'order-ship-dialog');
    expect(await seriousViolations(page)).toEqual([]);
    await submit.click();
    await expect(notification(page, 'Shipment created')).toBeVisible();
    await expect(shipDialog).toBeHidden();

    await tab(page, 'Shipments (1)').click();
    const shipments = page.getByRole('table', { name: 'Shipments' });
    await expect(shipments).toContainText(trackingNumber);
    await expect(shipments).toContainText('FedEx');
    // The view re-reads the order until Amazon has accepted the tracking.
    await expect(shipments).toContainText('Confirmed to Amazon', { timeout: 15_000 });
    const received = await (await manager().get(`${SANDBOX_URL}/_sandbox/shipments`)).json();
    expect(
      (received as { shipments: { amazonOrderId: string; packageDetail: object }[] }).shipments.filter(
        (shipment) => shipment.amazonOrderId === order.id,
      ),
    ).toEqual([
      expect.objectContaining({
        packageDetail: expect.objectContaining({ carrierCode: 'FedEx', trackingNumber }),
      }),
    ]);
    await testScreenshot(page, 'order-shipments');
    await expect.poll(() => visibleActions(page)).toEqual(['Credit Memo', 'Comment']);

    await tab(page, /^Comments History/).click();
    const history = page.getByRole('table', { name: 'Comments History' });
    await expect(history.getByRole('row').nth(1)).toContainText(`tracking ${trackingNumber}`);
    await expect(history).toContainText(/Invoice #\d+ created/);
  });

  test("hold and unhold; a refusal by the API is shown with its message; an Amazon refund's notice", async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(orderPath(order));
    await toolbarButton(page, 'Hold').click();
    const holdDialog = page.getByRole('dialog', { name: `Hold order #${order.commerce_increment_id}` });
    await expect(holdDialog).toContainText('Nothing can be invoiced, shipped or refunded');
    await holdDialog.getByRole('button', { name: 'Hold', exact: true }).click();
    await expect(notification(page, 'Order put on hold')).toBeVisible();
    await expect(page.getByText('On hold', { exact: true })).toBeVisible();
    await expect.poll(() => visibleActions(page)).toEqual(['Cancel on Amazon', 'Unhold', 'Comment']);
    await testScreenshot(page, 'order-on-hold');

    await toolbarButton(page, 'Unhold').click();
    const unholdDialog = page.getByRole('dialog', { name: `Release order #${order.commerce_increment_id}` });
    await unholdDialog.getByRole('button', { name: 'Unhold', exact: true }).click();
    await expect(notification(page, 'Hold released')).toBeVisible();
    await expect(page.getByText('Processing', { exact: true })).toBeVisible();

    // A manager holds the order while the ship dialog is open: the API refuses, and says why.
    await toolbarButton(page, 'Ship').click();
    const shipDialog = page.getByRole('dialog', { name: `Ship order #${order.commerce_increment_id}` });
    await shipDialog.getByRole('textbox', { name: 'Tracking number' }).fill('1Z999AA10123456784');
    expect((await manager().post(`/api/orders/${order.commerce_order_id}/hold`, { data: {} })).status()).toBe(
      200,
    );
    await shipDialog.getByRole('button', { name: 'Submit Shipment' }).click();
    await expect(shipDialog.getByRole('alert')).toContainText(
      `Order #${order.commerce_increment_id} is on hold; release the hold before shipping it`,
    );
    await shipDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(
      (await manager().post(`/api/orders/${order.commerce_order_id}/unhold`, { data: {} })).status(),
    ).toBe(200);

    // Invoiced: the Credit Memo dialog says an Amazon order is refunded in Seller Central too.
    expect(
      (await manager().post(`/api/orders/${order.commerce_order_id}/invoices`, { data: {} })).status(),
    ).toBe(201);
    await page.reload();
    await toolbarButton(page, 'Credit Memo').click();
    const memoDialog = page.getByRole('dialog', {
      name: `Credit memo for order #${order.commerce_increment_id}`,
    });
    await expect(memoDialog).toContainText(`Amazon order ${order.id} in Seller Central`);
    await memoDialog.getByRole('button', { name: 'Next' }).click();
    await expect(memoDialog).toContainText('A credit memo cannot be undone.');
    await testScreenshot(page, 'order-credit-memo-confirm');
    await memoDialog.getByRole('button', { name: 'Back' }).click();
    await memoDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(memoDialog).toBeHidden();
  });

  test('a comment with notify appears in the history, and in the sent e-mails a manager sees', async ({
    page,
    browser,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(orderPath(order));
    await toolbarButton(page, 'Comment').click();
    const dialog = page.getByRole('dialog', { name: `Comment on order #${order.commerce_increment_id}` });
    const text = `Your parcel leaves the warehouse today (${order.id}).`;
    await dialog.getByRole('textbox', { name: 'Comment' }).fill(text);
    await dialog.getByRole('checkbox', { name: 'Notify the buyer by e-mail' }).check();
    await dialog.getByRole('button', { name: 'Submit Comment' }).click();
    await expect(notification(page, 'Comment added')).toBeVisible();
    await tab(page, /^Comments History/).click();
    const latest = page.getByRole('table', { name: 'Comments History' }).getByRole('row').nth(1);
    await expect(latest).toContainText(text);
    await expect(latest).toContainText('Notified');
    await expect(latest).toContainText('fulfillment');
    // Fulfillment reads neither the sent e-mails nor the audit log.
    await expect(tab(page, 'Sent emails')).toHaveCount(0);
    await expect(tab(page, 'Audit log')).toHaveCount(0);

    const managerContext = await browser.newContext({ storageState: storageStateOf('manager') });
    const managerPage = await managerContext.newPage();
    await managerPage.goto('/');
    await sidebar(managerPage).getByRole('link', { name: 'Sent emails', exact: true }).click();
    const subject = `Update to your order #${order.commerce_increment_id}`;
    await managerPage.getByRole('link', { name: subject }).click();
    await expect(managerPage.getByText(text)).toBeVisible();
    await testScreenshot(managerPage, 'sent-email');

    await managerPage.goto(orderPath(order, '/emails'));
    await expect(managerPage.getByRole('table', { name: 'Sent emails' })).toContainText(text);
    await tab(managerPage, 'Audit log').click();
    await expect(managerPage.getByRole('table', { name: 'Audit log' })).toContainText('orders.comment');
    await testScreenshot(managerPage, 'order-audit');
    expect(await seriousViolations(managerPage)).toEqual([]);
    await managerContext.close();
  });
});

test.describe('support on the order view', () => {
  test.use({ storageState: storageStateOf('support') });

  test('sees Comment only, and comments', async ({ page }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(orderPath(order));
    await expect(page.getByRole('region', { name: 'Items Ordered' })).toBeVisible();
    await expect.poll(() => visibleActions(page)).toEqual(['Comment']);
    await expect(
      page.getByRole('region', { name: 'Payment & Shipping Method' }).getByRole('link', {
        name: 'Cancel Amazon Order',
      }),
    ).toHaveCount(0);
    await toolbarButton(page, 'Comment').click();
    const dialog = page.getByRole('dialog', { name: `Comment on order #${order.commerce_increment_id}` });
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Buyer called about delivery.');
    await dialog.getByRole('button', { name: 'Submit Comment' }).click();
    await expect(notification(page, 'Comment added')).toBeVisible();
    await tab(page, /^Comments History/).click();
    const latest = page.getByRole('table', { name: 'Comments History' }).getByRole('row').nth(1);
    await expect(latest).toContainText('Buyer called about delivery.');
    await expect(latest).toContainText('Not notified');
    await testScreenshot(page, 'order-support-history');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

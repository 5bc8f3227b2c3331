import { expect, test, type Page } from '@playwright/test';
import {
  amazonOrderPath,
  clearFaults,
  createAmazonOrder,
  importedUnshippedOrder,
  isImported,
  managerApiForFile,
  refuseFeedDocuments,
  refuseNextCancel,
  requestBuyerCancel,
  syncUntil,
} from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/menu';
import { storageStateOf } from '../support/roles';

// Each test makes its order on "Amazon", has the app sync it, and some wait for Amazon's answer to a feed.
test.describe.configure({ timeout: 60_000 });

const manager = managerApiForFile();

const cancelOrderButton = (page: Page) => page.getByRole('button', { name: 'Cancel Order', exact: true });
// The order block's Status (the history below lists each status too).
const orderStatus = (page: Page) =>
  page
    .getByRole('region', { name: 'Order Information' })
    .getByRole('row', { name: /^Status / })
    .getByRole('cell');
const cancelDialog = (page: Page, id: string) =>
  page.getByRole('dialog', { name: `Cancel Amazon order ${id}` });
const notice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const notification = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

/** Opens Cancel Order, picks the reason and goes on to the confirmation step. */
async function chooseReason(page: Page, id: string, reason: string) {
  await cancelOrderButton(page).click();
  const dialog = cancelDialog(page, id);
  await expect(dialog.getByRole('radiogroup', { name: 'Reason sent to Amazon' })).toBeVisible();
  await expect(dialog.getByRole('radio')).toHaveCount(10);
  const next = dialog.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeDisabled();
  await dialog.getByRole('radio', { name: reason, exact: true }).check();
  await next.click();
  await expect(dialog).toContainText(
    `Cancel Amazon order ${id}? This asks Amazon to cancel the order; it cannot be undone.`,
  );
  await expect(dialog).toContainText(`Reason: ${reason}`);
  return dialog;
}

/** Confirms in the dialog and answers the API's status for the cancel request. */
async function confirmCancel(page: Page, id: string): Promise<number> {
  const answer = page.waitForResponse(
    (response) =>
      response.url().endsWith(`/api/amazon-orders/${id}/cancel`) && response.request().method() === 'POST',
  );
  await cancelDialog(page, id).getByRole('button', { name: 'Cancel order', exact: true }).click();
  return (await answer).status();
}

/** In an open dialog: picks a reason and goes to the confirmation step. */
async function goToConfirmStep(page: Page, id: string) {
  const dialog = cancelDialog(page, id);
  await dialog.getByRole('radio', { name: 'Buyer canceled', exact: true }).check();
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Cancel order', exact: true })).toBeVisible();
}

test.describe('fulfillment staff cancel an Unshipped Amazon order', () => {
  test.use({ storageState: storageStateOf('fulfillment') });

  test('from the Commerce order to Cancel Order: requested, then confirmed by Amazon, and the Commerce order canceled', async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(`/#/orders/${order.commerce_order_id}/show`);
    const section = page.getByRole('region', { name: 'Payment & Shipping Method' });
    await expect(section).toContainText(order.id);
    await expect(section.getByRole('link', { name: 'View Amazon Order' })).toHaveAttribute(
      'href',
      amazonOrderPath(order.id).slice(1),
    );
    await expect(section.getByRole('link', { name: 'View all Amazon Orders' })).toHaveAttribute(
      'href',
      '#/amazon-orders',
    );
    await screenshot(page, 'cancel-commerce-order');
    await section.getByRole('link', { name: 'Cancel Amazon Order' }).click();
    await expect(page).toHaveURL(new RegExp(`#/amazon-orders/${order.id}/show$`));

    await chooseReason(page, order.id, 'No inventory');
    await screenshot(page, 'cancel-confirm-step');
    expect(await confirmCancel(page, order.id)).toBe(202);
    await expect(notification(page, 'Cancellation requested')).toBeVisible();
    await expect(cancelDialog(page, order.id)).toBeHidden();
    await expect(notice(page, 'Cancellation requested')).toContainText('Reason: No inventory');
    await expect(cancelOrderButton(page)).toHaveCount(0);

    // The page re-reads the order while Amazon processes the feed.
    await expect(notice(page, 'Cancellation confirmed')).toBeVisible({ timeout: 15_000 });
    await expect(notice(page, 'Canceled on Amazon at staff request')).toBeVisible();
    await expect(cancelOrderButton(page)).toHaveCount(0);
    await screenshot(page, 'cancel-confirmed');

    await page.getByRole('link', { name: `#${order.commerce_increment_id}` }).click();
    await expect(page).toHaveURL(new RegExp(`#/orders/${order.commerce_order_id}/show$`));
    await expect(page.getByText('Canceled', { exact: true })).toBeVisible();
    await expect(section.getByRole('link', { name: 'View Amazon Order' })).toBeVisible();
    await expect(section.getByRole('link', { name: 'Cancel Amazon Order' })).toHaveCount(0);
  });

  test("a refusal by the API shows its message and the dialog stays usable; Amazon's refusal says why", async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await refuseNextCancel(manager(), order.id, 'The order is already packed at the warehouse');
    await page.goto(amazonOrderPath(order.id));
    const dialog = await chooseReason(page, order.id, 'Customer exchange');

    // Someone else asks first: this request is refused (409) with the API's reason.
    const first = await manager().post(`/api/amazon-orders/${order.id}/cancel`, {
      data: { reason: 'CustomerExchange' },
    });
    expect(first.status()).toBe(202);
    expect(await confirmCancel(page, order.id)).toBe(409);
    // Said in the dialog, and in the notification (out of the accessibility tree while the dialog is open).
    const refusal = "already waiting for Amazon's answer";
    await expect(dialog.getByRole('alert')).toContainText(refusal);
    await expect(page.getByRole('alert', { includeHidden: true }).filter({ hasText: refusal })).toHaveCount(
      2,
    );
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel order', exact: true })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Back', exact: true }).click();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();

    // Amazon refuses that first request: staff see why, and may ask again.
    await page.reload();
    await expect(notice(page, 'Cancellation refused')).toContainText(
      'The order is already packed at the warehouse',
      { timeout: 15_000 },
    );
    await expect(cancelOrderButton(page)).toBeVisible();
  });

  test('a cancellation that could not reach Amazon says why and is sent again with Retry', async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await refuseFeedDocuments(manager());
    try {
      await page.goto(amazonOrderPath(order.id));
      await chooseReason(page, order.id, 'General adjustment');
      expect(await confirmCancel(page, order.id)).toBe(202);
      const failed = notice(page, 'Cancellation requested');
      await expect(failed).toContainText('Could not send the cancellation to Amazon', { timeout: 15_000 });
      await screenshot(page, 'cancel-retry');
      await clearFaults(manager());
      await failed.getByRole('button', { name: 'Retry' }).click();
      await expect(notification(page, 'Cancellation sent to Amazon again')).toBeVisible();
      await expect(notice(page, 'Cancellation confirmed')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    } finally {
      await clearFaults(manager());
    }
  });

  test('a Shipped order offers no Cancel Order', async ({ page }) => {
    const id = await createAmazonOrder(manager(), 'Shipped');
    await syncUntil(manager(), id, (order) => order.status === 'Shipped');
    await page.goto(amazonOrderPath(id));
    await expect(orderStatus(page)).toHaveText('Shipped');
    await expect(cancelOrderButton(page)).toHaveCount(0);
  });

  test("the buyer's cancel request is flagged in the grid and accepted in one click", async ({ page }) => {
    const id = await createAmazonOrder(manager(), 'Unshipped');
    await requestBuyerCancel(manager(), id, 'Ordered the wrong size');
    await syncUntil(manager(), id, (order) => isImported(order) && order.buyer_cancel_requested);

    await page.goto('/#/amazon-orders');
    await page.getByRole('combobox', { name: 'Buyer asked to cancel' }).click();
    await page.getByRole('option', { name: 'Yes', exact: true }).click();
    await expect(page).toHaveURL(/buyer_cancel_requested/);
    const row = page.getByRole('row').filter({ hasText: id });
    await expect(row).toContainText('Buyer asks to cancel');
    await screenshot(page, 'cancel-grid-buyer-request');
    await row.getByRole('link', { name: id }).click();

    await expect(notice(page, 'The buyer asked to cancel this order')).toContainText(
      "Buyer's reason: Ordered the wrong size",
    );
    await page.getByRole('button', { name: "Accept buyer's cancellation" }).click();
    const confirm = page.getByRole('dialog', {
      name: `Accept the buyer's cancellation of Amazon order ${id}`,
    });
    const answer = page.waitForResponse((response) =>
      response.url().endsWith(`/api/amazon-orders/${id}/cancel`),
    );
    await confirm.getByRole('button', { name: "Accept buyer's cancellation" }).click();
    expect((await answer).request().postDataJSON()).toEqual({ reason: 'BuyerCanceled' });
    await expect(notice(page, 'Cancellation')).toContainText(/Reason: Buyer canceled/);
    await expect(page.getByRole('button', { name: "Accept buyer's cancellation" })).toHaveCount(0);
  });

  test('Amazon Order Details with the Cancel Order dialog open has no serious accessibility violations', async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(amazonOrderPath(order.id));
    await cancelOrderButton(page).click();
    await expect(cancelDialog(page, order.id).getByRole('radio')).toHaveCount(10);
    await screenshot(page, 'cancel-reason-step');
    expect(await seriousViolations(page)).toEqual([]);
    await goToConfirmStep(page, order.id);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('support may read but not cancel', () => {
  test.use({ storageState: storageStateOf('support') });

  test('no Cancel Order on an Unshipped order, no Cancel Amazon Order on its Commerce order', async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    await page.goto(amazonOrderPath(order.id));
    await expect(orderStatus(page)).toHaveText('Unshipped');
    await expect(cancelOrderButton(page)).toHaveCount(0);

    await page.goto(`/#/orders/${order.commerce_order_id}/show`);
    const section = page.getByRole('region', { name: 'Payment & Shipping Method' });
    await expect(section.getByRole('link', { name: 'View Amazon Order' })).toBeVisible();
    await expect(section.getByRole('link', { name: 'Cancel Amazon Order' })).toHaveCount(0);
  });
});

test.describe('the Amazon orders grid', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('shows the cancellation column and has no serious accessibility violations', async ({ page }) => {
    await page.goto('/#/amazon-orders');
    await expect(page.getByRole('columnheader', { name: 'Cancellation' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

import { expect, test, type Page } from '@playwright/test';
import {
  amazonOrderPath,
  apiAs,
  importedUnshippedOrder,
  managerApiForFile,
  type AmazonOrderRecord,
} from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { testScreenshot } from '../support/menu';
import { storageStateOf } from '../support/roles';

// Each test makes its order on "Amazon" and has the app sync it.
test.describe.configure({ timeout: 60_000 });

const manager = managerApiForFile();

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const row = (page: Page, block: string, label: string) =>
  region(page, block).getByRole('row', { name: new RegExp(`^${label}`) });
const correctAddressButton = (page: Page) => page.getByRole('button', { name: 'Correct address' });
const cancelOrderButton = (page: Page) => page.getByRole('button', { name: 'Cancel Order', exact: true });

/** The order's page, once its blocks are drawn. */
async function openDetails(page: Page, order: AmazonOrderRecord) {
  await page.goto(amazonOrderPath(order.id));
  await expect(row(page, 'Order Information', 'Amazon Order Number')).toContainText(order.id);
}

test.describe('fulfillment staff', () => {
  test.use({ storageState: storageStateOf('fulfillment') });

  test('see every block of an Unshipped order and correct its shipping address', async ({ page }) => {
    const order = await importedUnshippedOrder(manager());
    await openDetails(page, order);

    const orderNumber = row(page, 'Order Information', 'Order Number').getByRole('link');
    await expect(orderNumber).toHaveText(`#${order.commerce_increment_id}`);
    await expect(orderNumber).toHaveAttribute('href', `#/orders/${order.commerce_order_id}/show`);
    await expect(row(page, 'Order Information', 'Status')).toContainText('Unshipped');
    await expect(row(page, 'Order Information', 'Inventory Reserved')).toContainText('Yes');
    await expect(row(page, 'Order Information', 'Order Total')).toContainText('$');
    for (const label of [
      'Buyer Email',
      'Buyer Name',
      'Is Prime',
      'Is Premium',
      'Purchase Date',
      'Latest Ship Date',
    ])
      await expect(row(page, 'Order Information', label)).toBeVisible();
    await expect(row(page, 'Shipping Information', 'Fulfillment Channel')).toContainText('Merchant (MFN)');
    await expect(row(page, 'Shipping Information', 'Shipped by Amazon')).toContainText('No');
    await expect(row(page, 'Shipping Information', 'Number of Items Unshipped')).toContainText('1');
    await expect(region(page, 'Shipping Information').locator('address')).toContainText('United States');
    await expect(
      region(page, 'Items Ordered').getByRole('row').filter({ hasText: 'OD-MUG-001' }),
    ).toContainText(`#${order.commerce_increment_id}`);
    await expect(region(page, 'Tracking Information')).toContainText('Nothing has shipped yet.');
    await expect(region(page, 'Order History')).toContainText('Seen on Amazon as Unshipped');
    await expect(cancelOrderButton(page)).toBeVisible();
    await testScreenshot(page, 'details-unshipped');
    expect(await seriousViolations(page)).toEqual([]);

    await correctAddressButton(page).click();
    const dialog = page.getByRole('dialog', {
      name: `Correct the shipping address of Amazon order ${order.id}`,
    });
    const city = dialog.getByRole('textbox', { name: 'City' });
    const postalCode = dialog.getByRole('textbox', { name: 'Postal code' });
    await city.fill('');
    await postalCode.fill('94*05');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await expect(dialog.getByText('Required', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Use only letters, digits, spaces and hyphens')).toBeVisible();
    await testScreenshot(page, 'details-address-form-errors');
    expect(await seriousViolations(page)).toEqual([]);

    // The API knows each country's format: a US ZIP code has five digits.
    await city.fill('San Francisco');
    await dialog.getByRole('textbox', { name: 'State / Region' }).fill('CA');
    await dialog.getByRole('textbox', { name: 'Country code' }).fill('US');
    await postalCode.fill('9410');
    await dialog.getByRole('button', { name: 'Save address' }).click();
    await expect(dialog.getByText('Postal code 9410 is not a valid postal code for US.')).toBeVisible();

    await postalCode.fill('94105');
    await dialog.getByRole('textbox', { name: 'Address line 1' }).fill('500 Market St');
    const answer = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/amazon-orders/${order.id}`) && response.request().method() === 'PUT',
    );
    await dialog.getByRole('button', { name: 'Save address' }).click();
    expect((await answer).status()).toBe(200);
    await expect(page.getByRole('alert').filter({ hasText: 'Shipping address corrected' })).toBeVisible();
    await expect(dialog).toBeHidden();
    const address = region(page, 'Shipping Information').locator('address');
    await expect(address).toContainText('500 Market St');
    await expect(address).toContainText('San Francisco, CA, 94105');
    await expect(region(page, 'Shipping Information')).toContainText('Corrected by fulfillment on');
    await expect(
      region(page, 'Order History').getByRole('row').filter({ hasText: 'Shipping address corrected' }),
    ).toContainText('Felix Fulfillment');
    await expect(row(page, 'Order Information', 'Notes')).toContainText(
      'Shipping address corrected by fulfillment',
    );
    await testScreenshot(page, 'details-address-corrected');
  });

  test('a shipped package shows in Tracking, and the address can no longer be corrected', async ({
    page,
  }) => {
    const order = await importedUnshippedOrder(manager());
    const fulfillment = await apiAs('fulfillment');
    try {
      const orderPath = `/api/orders/${order.commerce_order_id}`;
      expect((await fulfillment.post(`${orderPath}/invoices`, { data: {} })).status()).toBe(201);
      const shipment = await fulfillment.post(`${orderPath}/shipments`, {
        data: { carrier: 'ups', title: 'United Parcel Service', tracking_number: '1Z999AA10123456784' },
      });
      expect(shipment.status()).toBe(201);
    } finally {
      await fulfillment.dispose();
    }
    await openDetails(page, order);
    const track = region(page, 'Tracking Information')
      .getByRole('row')
      .filter({ hasText: '1Z999AA10123456784' });
    await expect(track).toContainText('United Parcel Service (UPS)');
    await expect(correctAddressButton(page)).toHaveCount(0);
    await testScreenshot(page, 'details-tracking');
  });
});

test.describe('support', () => {
  test.use({ storageState: storageStateOf('support') });

  test('reads every block, in Spanish too, with no Correct address and no Cancel Order', async ({ page }) => {
    const order = await importedUnshippedOrder(manager());
    await openDetails(page, order);
    await expect(region(page, 'Shipping Information').locator('address')).toBeVisible();
    await expect(correctAddressButton(page)).toHaveCount(0);
    await expect(cancelOrderButton(page)).toHaveCount(0);

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await expect(row(page, 'Información del pedido', 'Número de pedido de Amazon')).toContainText(order.id);
    for (const block of [
      'Información de envío',
      'Artículos pedidos',
      'Información de seguimiento',
      'Historial del pedido',
    ])
      await expect(region(page, block)).toBeVisible();
    await expect(row(page, 'Información del pedido', 'Inventario reservado')).toContainText('Sí');
    await testScreenshot(page, 'details-support-es');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

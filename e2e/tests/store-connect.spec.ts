import { expect, test, type Page } from '@playwright/test';
import { apiAs } from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { screenshot, sidebar } from '../support/menu';
import { SANDBOX_URL } from '../support/ports';
import { storageStateOf } from '../support/roles';

// Sorts after the demo store, which other specs take as the first store of the list.
const STORE = 'Sandbox Germany (e2e)';
const GERMANY = 'A1PA6795UKMFR9';
const CREDENTIALS = {
  client_id: 'amzn1.application-oa2-client.e2e-connect',
  client_secret: 'e2e-connect-client-secret-0123456789',
  refresh_token: 'Atzr|e2e-connect-refresh-token-0123456789',
};

/** Fills the Create form with a store pointed at the e2e app's sandbox, under `name` and `endpoint`. */
async function fillStoreForm(page: Page, name: string, endpoint: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Seller ID (merchant token)', exact: true }).fill('A2E2ECONNECT1');
  await page.getByRole('combobox', { name: 'Marketplace' }).click();
  await page.getByRole('option', { name: `Germany · Europe (${GERMANY})` }).click();
  await page.getByRole('textbox', { name: 'Endpoint override', exact: true }).fill(endpoint);
  await page.getByRole('textbox', { name: 'LWA client ID', exact: true }).fill(CREDENTIALS.client_id);
  await page.getByRole('textbox', { name: 'LWA client secret', exact: true }).fill(CREDENTIALS.client_secret);
  await page.getByRole('textbox', { name: 'Refresh token', exact: true }).fill(CREDENTIALS.refresh_token);
  await page.getByRole('spinbutton', { name: 'Sync interval (minutes)', exact: true }).fill('1');
}

const storesPost = (page: Page) =>
  page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/amazon-stores' && response.request().method() === 'POST',
  );

test.describe('an admin connects a store pointed at the sandbox', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('creates it from Amazon > Stores, sees the API refuse mistakes on their fields, and its sync imports', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    // An order on Amazon.de that only the new store can see.
    const created = await request.post(`${SANDBOX_URL}/_sandbox/orders`, {
      data: {
        count: 1,
        status: 'Unshipped',
        fulfillment_channel: 'MFN',
        marketplace_id: GERMANY,
        skus: ['OD-MUG-001'],
        quantity: 1,
        age_seconds: 150,
        brief: true,
      },
    });
    expect(created.ok()).toBe(true);
    const [orderId] = ((await created.json()) as { order_ids: string[] }).order_ids;

    await page.goto('/');
    await sidebar(page).getByRole('link', { name: 'Stores', exact: true }).click();
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(/#\/amazon-stores\/create/);
    await expect(page.getByText('Credentials (Login with Amazon)')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Plain http to another machine: the API's message shows under the endpoint.
    await fillStoreForm(page, STORE, 'http://sellingpartnerapi-eu.example.com');
    let answer = storesPost(page);
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await answer).status()).toBe(400);
    await expect(page.getByText(/must use https; plain http only on this machine/)).toBeVisible();

    // The demo store's name: 409, said under the name.
    await page.getByRole('textbox', { name: 'Endpoint override', exact: true }).fill(SANDBOX_URL);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('demo store (sandbox us)');
    answer = storesPost(page);
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await answer).status()).toBe(409);
    await expect(page.getByText(/is already the name of store #\d+/)).toBeVisible();
    await screenshot(page, 'store-create-refused');

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(STORE);
    answer = storesPost(page);
    await page.getByRole('button', { name: 'Save' }).click();
    const saved = await answer;
    expect(saved.status()).toBe(201);
    const savedText = await saved.text();
    for (const secret of Object.values(CREDENTIALS)) expect(savedText).not.toContain(secret);
    const store = JSON.parse(savedText) as { id: number; region: string; has_credentials: boolean };
    expect(store).toMatchObject({ region: 'eu', has_credentials: true });

    await expect(page).toHaveURL(new RegExp(`#/amazon-stores/${store.id}/show`));
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: `Store "${STORE}" connected: its orders sync every minute.` }),
    ).toBeVisible();
    await expect(page.getByText(SANDBOX_URL, { exact: true })).toBeVisible();
    await expect(page.getByText('Set', { exact: true })).toBeVisible();
    await expect(page.getByText(CREDENTIALS.client_id)).toHaveCount(0);

    // Its sync runs against the sandbox: Sync now, and the German order is imported.
    await page.getByRole('button', { name: 'Sync now', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: /Sync queued \(run #\d+\)/ })).toBeVisible();
    const manager = await apiAs('manager');
    await expect
      .poll(
        async () => {
          const order = await manager.get(`/api/amazon-orders/${encodeURIComponent(orderId!)}`);
          return order.ok() ? ((await order.json()) as { store_id: number; import_state: string }) : null;
        },
        { message: `order ${orderId} imported by the new store`, timeout: 30_000, intervals: [500, 1_000] },
      )
      .toMatchObject({ store_id: store.id, import_state: 'imported' });
    const runsOfStore = `/api/amazon-sync-runs?filter=${encodeURIComponent(JSON.stringify({ store_id: store.id }))}`;
    await expect
      .poll(
        async () => ((await (await manager.get(runsOfStore)).json()) as { status: string }[])[0]?.status,
        {
          timeout: 30_000,
        },
      )
      .toBe('succeeded');
    await manager.dispose();

    await page.locator('#main-content').getByRole('link', { name: 'Sync log', exact: true }).click();
    const run = page.locator('tbody').getByRole('row').first();
    await expect(run.getByRole('link', { name: STORE })).toBeVisible();
    await expect(run).toContainText('Succeeded');
    await screenshot(page, 'store-create-synced');
  });

  test('the edit form keeps the credentials unless all three are given', async ({ page }) => {
    await page.goto('/#/amazon-stores');
    await page.getByRole('link', { name: STORE }).click();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByText(/Credentials are set\./)).toBeVisible();
    await page
      .getByRole('textbox', { name: 'LWA client ID', exact: true })
      .fill('amzn1.application-oa2-client.e2e-only-one');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('Fill in all three credentials, or none to keep the current ones'),
    ).toHaveCount(2);
    await screenshot(page, 'store-edit-credentials');
    await page.getByRole('textbox', { name: 'LWA client ID', exact: true }).fill('');
    const saved = page.waitForResponse((response) => response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save' }).click();
    const body = (await (await saved).request().postDataJSON()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('credentials');
    await expect(page).toHaveURL(/#\/amazon-stores\/\d+\/show/);
  });
});

test.describe('roles that may not connect a store', () => {
  test.use({ storageState: storageStateOf('fulfillment') });

  test('see no Create button on Amazon > Stores', async ({ page }) => {
    await page.goto('/#/amazon-stores');
    await expect(page.getByRole('row').filter({ hasText: 'Demo Store (Sandbox US)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create' })).toHaveCount(0);
  });
});

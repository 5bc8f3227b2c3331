import { expect, test, type Page } from '@playwright/test';
import { screenshot, sidebar } from '../support/menu';
import { storageStateOf } from '../support/roles';

const DEMO_STORE = 'Demo Store (Sandbox US)';

/** Amazon > Stores from the menu, then the demo store's Show page. */
async function openDemoStore(page: Page): Promise<void> {
  await page.goto('/');
  await sidebar(page).getByRole('link', { name: 'Stores', exact: true }).click();
  await expect(page).toHaveURL(/#\/amazon-stores/);
  await page.getByRole('link', { name: DEMO_STORE }).click();
  await expect(page).toHaveURL(/#\/amazon-stores\/\d+\/show/);
  await expect(page.getByText('Marketplace ID')).toBeVisible();
}

/**
 * Follows a link to the Sync log of a store, then checks that the panel asked the API for that store's runs
 * only, shows the Store filter set to it, and lists exactly the runs the API answered, each of that store.
 */
async function followToSyncLogOf(
  page: Page,
  storeId: number,
  follow: () => Promise<void>,
): Promise<{ id: number; store_id: number }[]> {
  const listAnswer = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.pathname === '/api/amazon-sync-runs' &&
      url.searchParams.get('filter') === JSON.stringify({ store_id: storeId })
    );
  });
  await follow();
  const answer = await listAnswer;
  expect(answer.status()).toBe(200);
  const runs = (await answer.json()) as { id: number; store_id: number }[];
  expect(runs.every((run) => run.store_id === storeId)).toBe(true);

  await expect(page).toHaveURL(/#\/amazon-sync-runs\?/);
  const filter = new URL(page.url().replace('#/', '')).searchParams.get('filter');
  expect(JSON.parse(filter ?? 'null')).toEqual({ store_id: storeId });
  await expect(page.getByRole('combobox', { name: 'Store' })).toHaveValue(DEMO_STORE);

  const rows = page.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(runs.length);
  for (const row of await rows.all()) {
    await expect(row.getByRole('link', { name: DEMO_STORE })).toHaveAttribute(
      'href',
      `#/amazon-stores/${storeId}/show`,
    );
  }
  return runs;
}

test.describe('a manager syncs a store now', () => {
  test.use({ storageState: storageStateOf('manager') });

  test('Sync now leads to the Sync log filtered to the store, which lists only its runs', async ({
    page,
  }) => {
    await openDemoStore(page);

    const syncAnswer = page.waitForResponse(
      (response) =>
        /\/api\/amazon-stores\/\d+\/sync$/.test(response.url()) && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sync now', exact: true }).click();
    const answer = await syncAnswer;
    expect(answer.status()).toBe(202);
    const run = (await answer.json()) as { id: number; store_id: number };
    const notice = page.getByRole('alert').filter({ hasText: `Sync queued (run #${run.id})` });
    await expect(notice).toBeVisible();
    await screenshot(page, 'store-sync-now');

    // The worker may already have finished the run: its row is there, whatever its status.
    const runs = await followToSyncLogOf(page, run.store_id, () =>
      notice.getByRole('link', { name: 'View sync log', exact: true }).click(),
    );
    expect(runs.map(({ id }) => id)).toContain(run.id);
    await expect(notice).toBeHidden();
    await screenshot(page, 'store-sync-log');
  });

  test('the store list has a Sync now action on each row', async ({ page }) => {
    await page.goto('/#/amazon-stores');
    const row = page.getByRole('row').filter({ hasText: DEMO_STORE });
    await expect(row.getByRole('button', { name: 'Sync now', exact: true })).toBeVisible();
  });
});

test.describe('a support user reads the Sync log of a store', () => {
  test.use({ storageState: storageStateOf('support') });

  test("the store page links to the store's Sync log", async ({ page }) => {
    await openDemoStore(page);
    const storeId = Number(/amazon-stores\/(\d+)\/show/.exec(page.url())?.[1]);
    // In the page's content (its toolbar), not the menu's own Sync log entry.
    const content = page.locator('#main-content');
    await followToSyncLogOf(page, storeId, () =>
      content.getByRole('link', { name: 'Sync log', exact: true }).click(),
    );
  });
});

test.describe('a fulfillment user may not sync', () => {
  test.use({ storageState: storageStateOf('fulfillment') });

  test('no Sync now button on the store list or the store page', async ({ page }) => {
    await openDemoStore(page);
    await expect(page.getByRole('button', { name: 'Sync now' })).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('row').filter({ hasText: DEMO_STORE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sync now' })).toHaveCount(0);
  });
});

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

test.describe('a manager syncs a store now', () => {
  test.use({ storageState: storageStateOf('manager') });

  test('Sync now on the demo store queues a run that the Sync log lists', async ({ page }) => {
    await openDemoStore(page);

    const syncAnswer = page.waitForResponse(
      (response) =>
        /\/api\/amazon-stores\/\d+\/sync$/.test(response.url()) && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sync now', exact: true }).click();
    const answer = await syncAnswer;
    expect(answer.status()).toBe(202);
    const run = (await answer.json()) as { id: number };
    await expect(page.getByText(`Sync queued (run #${run.id})`)).toBeVisible();
    await screenshot(page, 'store-sync-now');

    // The worker may already have finished the run: its row is there, whatever its status.
    await sidebar(page).getByRole('link', { name: 'Sync log', exact: true }).click();
    await expect(page).toHaveURL(/#\/amazon-sync-runs/);
    await expect(page.getByRole('row').filter({ hasText: DEMO_STORE }).first()).toBeVisible();
  });

  test('the store list has a Sync now action on each row', async ({ page }) => {
    await page.goto('/#/amazon-stores');
    const row = page.getByRole('row').filter({ hasText: DEMO_STORE });
    await expect(row.getByRole('button', { name: 'Sync now', exact: true })).toBeVisible();
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

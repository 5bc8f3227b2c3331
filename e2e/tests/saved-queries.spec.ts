import { expect, test, type Page } from '@playwright/test';
import { apiAs, createAmazonOrder, isImported, syncUntil } from '../support/amazon-orders';
import { DEMO_PASSWORD, FULL_NAMES } from '../support/roles';

// Saved queries are kept per user on the server: react-admin empties its local store at every logout,
// and another browser has none of this one's. Fresh logins (no saved session), so logging out here ends
// only this test's sessions. The grid shows its sidebar (and so the saved queries) from 1536 px wide.
const wide = { width: 1600, height: 1000 };
test.use({ storageState: { cookies: [], origins: [] }, viewport: wide });
test.describe.configure({ timeout: 90_000 });

// The grid shows its status tabs once there is an order: one Unshipped order, made on "Amazon" and synced.
test.beforeAll(async () => {
  const manager = await apiAs('manager');
  try {
    await syncUntil(manager, await createAmazonOrder(manager, 'Unshipped'), isImported);
  } finally {
    await manager.dispose();
  }
});

const QUERY = 'Unshipped to pack';
const statusTab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const savedQuery = (page: Page) => page.getByText(QUERY, { exact: true });

async function logIn(page: Page) {
  await page.goto('/');
  await page.getByLabel('Username', { exact: true }).fill('support');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES.support}` })).toBeVisible();
}

/** Opens the saved query from the grid's sidebar and checks that its filter (the Unshipped tab) applies. */
async function applySavedQuery(page: Page) {
  await page.goto('/#/amazon-orders');
  await expect(statusTab(page, /^All \(\d+\)$/)).toHaveAttribute('aria-selected', 'true');
  await savedQuery(page).click();
  await expect(statusTab(page, /^Unshipped/)).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/Unshipped/);
}

test('a saved query survives logout and follows the user to another browser', async ({ page, browser }) => {
  await logIn(page);
  await page.goto('/#/amazon-orders');
  await statusTab(page, /^Unshipped/).click();
  await expect(statusTab(page, /^Unshipped/)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Save current query...' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Query name').fill(QUERY);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(savedQuery(page)).toBeVisible();
  await expect
    .poll(async () => JSON.stringify(await (await page.request.get('/api/preferences')).json()))
    .toContain(QUERY);

  // Logging out empties this browser's store, as react-admin always did...
  await page.getByRole('button', { name: `${FULL_NAMES.support} (Support)` }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate("localStorage.getItem('RaStore.amazon-orders.savedQueries')")).toBeNull();

  // ...and the next login brings the saved query back from the server.
  await logIn(page);
  await applySavedQuery(page);
  await page.screenshot({ path: test.info().outputPath('saved-query-after-login.png'), fullPage: true });

  // Another browser, same user.
  const other = await browser.newContext({ viewport: wide });
  try {
    const otherPage = await other.newPage();
    await logIn(otherPage);
    await applySavedQuery(otherPage);
  } finally {
    await other.close();
  }
});

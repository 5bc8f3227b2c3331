import { expect, test, type Page } from '@playwright/test';
import { apiAs, createAmazonOrder, isImported, syncUntil } from '../support/amazon-orders';
import { seriousViolations } from '../support/axe';
import { DEMO_PASSWORD, FULL_NAMES } from '../support/roles';

// Saved queries are kept per user on the server: react-admin empties its local store at every logout,
// and another browser has none of this one's. Fresh logins (no saved session), so logging out here ends
// only this test's sessions. The grid shows its sidebar (and so the saved queries) from 1536 px wide; at
// every width the toolbar's Saved queries button opens them too.
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

test.describe('on a 1280 px laptop screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  const LAPTOP_QUERY = 'Shipped, laptop';
  const savedQueriesButton = (page: Page) => page.getByRole('button', { name: 'Saved queries', exact: true });
  const panel = (page: Page) => page.getByRole('dialog', { name: 'Saved queries' });
  const serverPreferences = async (page: Page) =>
    JSON.stringify(await (await page.request.get('/api/preferences')).json());

  test('the toolbar button saves a query, applies it after a reload and removes it', async ({ page }) => {
    await logIn(page);
    await page.goto('/#/amazon-orders');
    await expect(statusTab(page, /^All \(\d+\)$/)).toHaveAttribute('aria-selected', 'true');
    // No sidebar at this width: the button is the way to the saved queries.
    await expect(page.getByText('Needs attention')).toHaveCount(0);

    await statusTab(page, /^Shipped/).click();
    await expect(statusTab(page, /^Shipped/)).toHaveAttribute('aria-selected', 'true');
    await savedQueriesButton(page).click();
    await expect(panel(page)).toBeVisible();
    // The open panel is modal: the page behind it, the button included, is hidden from assistive technology.
    await expect(
      page.getByRole('button', { name: 'Saved queries', exact: true, includeHidden: true }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(await seriousViolations(page)).toEqual([]);
    await panel(page).getByRole('button', { name: 'Save current query...' }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Save current query as' });
    await saveDialog.getByLabel('Query name').fill(LAPTOP_QUERY);
    await saveDialog.getByRole('button', { name: 'Save' }).click();
    await expect(saveDialog).toBeHidden();
    await expect.poll(() => serverPreferences(page)).toContain(LAPTOP_QUERY);

    // The reload finds it on the server (this browser's copy is gone), on the unfiltered grid.
    await page.evaluate("localStorage.removeItem('RaStore.amazon-orders.savedQueries')");
    await page.reload();
    await statusTab(page, /^All \(\d+\)$/).click();
    await expect(statusTab(page, /^All \(\d+\)$/)).toHaveAttribute('aria-selected', 'true');
    await savedQueriesButton(page).click();
    const query = panel(page).getByRole('button', { name: LAPTOP_QUERY, exact: true });
    await expect(query).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('saved-queries-laptop-panel.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await query.click();
    await expect(panel(page)).toBeHidden();
    await expect(statusTab(page, /^Shipped/)).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/Shipped/);

    // By keyboard, from the button (after a query applied with the mouse, the list's re-render does not
    // always leave the focus there): Enter opens the panel, the applied query is marked current, Escape closes it.
    await savedQueriesButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(query).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(savedQueriesButton(page)).toBeFocused();

    // Removing it asks first, then it is gone from the panel and from the server.
    await savedQueriesButton(page).click();
    await panel(page)
      .getByRole('button', { name: `Remove query "${LAPTOP_QUERY}"` })
      .click();
    const confirm = page.getByRole('dialog', { name: `Remove query "${LAPTOP_QUERY}"` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await expect(confirm).toBeHidden();
    await expect.poll(() => serverPreferences(page)).not.toContain(LAPTOP_QUERY);
    await savedQueriesButton(page).click();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).getByRole('button', { name: LAPTOP_QUERY, exact: true })).toHaveCount(0);
    await page.screenshot({
      path: test.info().outputPath('saved-queries-laptop-removed.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });

  test('Sales > Orders has the same Saved queries button, down to tablet width', async ({ page }) => {
    await logIn(page);
    await page.goto('/#/orders');
    await savedQueriesButton(page).click();
    await expect(panel(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // A tablet held upright: both grids keep the button in their toolbar.
    await page.setViewportSize({ width: 768, height: 1024 });
    for (const grid of ['/#/orders', '/#/amazon-orders']) {
      await page.goto(grid);
      await savedQueriesButton(page).click();
      await expect(panel(page)).toBeVisible();
      await expect(panel(page).getByRole('button', { name: 'Save current query...' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel(page)).toBeHidden();
    }
    await savedQueriesButton(page).click();
    await page.screenshot({
      path: test.info().outputPath('saved-queries-tablet-panel.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });
});

import { expect, test as setup } from '@playwright/test';
import { DEMO_PASSWORD, FULL_NAMES, ROLES, storageStateOf } from '../support/roles';

// Logs each demo user in once through the login page and keeps the session for the other tests.
for (const role of ROLES) {
  setup(`log in as ${role}`, async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Username', { exact: true }).fill(role);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES[role]}` })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}

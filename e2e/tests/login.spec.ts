import { expect, test } from '@playwright/test';
import { screenshot } from '../support/menu';
import { DEMO_PASSWORD, FULL_NAMES } from '../support/roles';

test('a wrong password is refused with a message, and the form stays', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await screenshot(page, 'login');
  await page.getByLabel('Username', { exact: true }).fill('manager');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a user logs in, logs out, and the session is gone', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Username', { exact: true }).fill('fulfillment');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES.fulfillment}` })).toBeVisible();

  await page.getByRole('button', { name: `${FULL_NAMES.fulfillment} (Fulfillment)` }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(401);
  await page.goto('/#/amazon-orders');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

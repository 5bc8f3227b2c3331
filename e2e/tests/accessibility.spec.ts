import { expect, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { FULL_NAMES, storageStateOf } from '../support/roles';

test('the login page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('logged in', () => {
  test.use({ storageState: storageStateOf('admin') });

  for (const [name, hash, ready] of [
    ['dashboard', '#/', `Welcome, ${FULL_NAMES.admin}`],
    ['stores', '#/amazon-stores', 'Demo Store (Sandbox US)'],
    ['stock', '#/stock', 'OD-MUG-001'],
    ['users', '#/users', 'Marta Manager'],
  ] as const) {
    test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
      await page.goto(`/${hash}`);
      await expect(page.getByText(ready).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

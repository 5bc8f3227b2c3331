import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FULL_NAMES, storageStateOf } from '../support/roles';

/** Serious and critical WCAG 2.1 AA violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}

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

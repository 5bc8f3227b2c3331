import { expect, test } from '@playwright/test';
import { COMMON_LINKS, screenshot, sidebar } from '../support/menu';
import { FULL_NAMES, storageStateOf, type Role } from '../support/roles';

const extraLinks: Record<Role, { shown: string[]; hidden: string[] }> = {
  admin: { shown: ['Users', 'Audit log'], hidden: [] },
  manager: { shown: ['Audit log'], hidden: ['Users'] },
  fulfillment: { shown: [], hidden: ['Users', 'Audit log'] },
  support: { shown: [], hidden: ['Users', 'Audit log'] },
};

for (const role of Object.keys(extraLinks) as Role[]) {
  test.describe(`${role} sees the shell`, () => {
    test.use({ storageState: storageStateOf(role) });

    test(`the dashboard and the menu of a ${role}`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES[role]}` })).toBeVisible();
      const menu = sidebar(page);
      for (const name of [...COMMON_LINKS, ...extraLinks[role].shown]) {
        await expect(menu.getByRole('link', { name, exact: true }), name).toBeVisible();
      }
      for (const name of extraLinks[role].hidden) {
        await expect(menu.getByRole('link', { name, exact: true }), name).toHaveCount(0);
      }
      await screenshot(page, `dashboard-${role}`);
    });

    test(`a ${role} opens Amazon > Stores and sees the demo store`, async ({ page }) => {
      await page.goto('/');
      await sidebar(page).getByRole('link', { name: 'Stores', exact: true }).click();
      await expect(page.getByText('Demo Store (Sandbox US)')).toBeVisible();
      await expect(page).toHaveURL(/#\/amazon-stores/);
    });
  });
}

test.describe('what a role may not open', () => {
  test.use({ storageState: storageStateOf('support') });

  test('support going straight to System > Users is refused and stays logged in', async ({ page }) => {
    const usersAnswers: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/users')) usersAnswers.push(response.status());
    });
    await page.goto('/#/users');
    await expect(page.getByText(/access denied|not authorized|unauthorized/i).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Ada Admin' })).toHaveCount(0);
    expect(usersAnswers.every((status) => status === 403)).toBe(true);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `Welcome, ${FULL_NAMES.support}` })).toBeVisible();
  });
});

test.describe('the admin lists', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('admin sees the users, the stock and the audit log', async ({ page }) => {
    await page.goto('/');
    await sidebar(page).getByRole('link', { name: 'Users', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'Marta Manager' })).toBeVisible();
    await screenshot(page, 'users');
    await sidebar(page).getByRole('link', { name: 'Stock', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'OD-MUG-001' })).toBeVisible();
    await screenshot(page, 'stock');
    await sidebar(page).getByRole('link', { name: 'Audit log', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'auth.login' }).first()).toBeVisible();
  });
});

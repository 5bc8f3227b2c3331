import { test, type Page } from '@playwright/test';

/** The sidebar links every role sees, by accessible name. */
export const COMMON_LINKS = ['Dashboard', 'Orders', 'Amazon orders', 'Stores', 'Sync log', 'Errors', 'Stock'];

export const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}

/** A full-page screenshot among the running test's own output (its attachments folder). */
export const testScreenshot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical WCAG 2.1 AA violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await transitionsSettled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.length} nodes: ` +
        `${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

/**
 * Waits until no finite CSS transition or animation runs (a menu fading out, a dialog fading in): axe would
 * otherwise measure colour contrast through a half-transparent element. Endless ones (spinners) are not
 * waited for; after 2 s the page is checked as it is.
 */
async function transitionsSettled(page: Page): Promise<void> {
  // A string: it runs in the page (this package's types have no DOM).
  await page
    .waitForFunction(
      `document.getAnimations().every((animation) =>
         animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity)`,
      undefined,
      { timeout: 2000 },
    )
    .catch(() => undefined);
}

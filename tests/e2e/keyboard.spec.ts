/** The whole reader's path by keyboard alone, with focus always visible. */
import { test, expect } from './fixtures';

async function focusIsVisible(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outlined && box.width > 0 && box.height > 0;
  });
}

test('tab through the header, switch theme, open search, switch a chart to its table, reach print', async ({ page }) => {
  await page.goto('en/sections/green-products-and-circular-economy/');
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    // Past the last control, focus leaves the page for the browser: the walk is complete.
    if (await page.evaluate(() => document.activeElement === document.body)) break;
    expect(await focusIsVisible(page), `focus visible at tab ${i + 1}`).toBe(true);
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return el.dataset.viewLink ? `view:${el.dataset.viewLink}` : el.matches('[data-theme-toggle]') ? 'theme' : el.matches('[data-search-open]') ? 'search' : el.matches('[data-print]') ? 'print' : el.dataset.chartShow ? `chart:${el.dataset.chartShow}` : el.className;
    });
    seen.push(name);
  }
  for (const stop of ['skip-link', 'search', 'view:zh', 'theme', 'print', 'chart:table']) expect(seen, stop).toContain(stop);

  await page.locator('[data-theme-toggle]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);

  await page.locator('[data-chart-show=table]').first().focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.chart table').first()).toBeVisible();

  await page.locator('[data-search-open]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-open]')).toBeFocused();
});

test('the skip link takes keyboard users past the header to the text', async ({ page }) => {
  await page.goto('zh/report/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await expect(page.locator('#content')).toBeFocused();
});

/** axe-core finds no WCAG 2.2 A/AA violation on any page, in any view, theme or width. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ALL_VIEW_PAGES } from '../helpers/pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe.configure({ mode: 'parallel' });

for (const scheme of ['light', 'dark'] as const) {
  for (const path of ALL_VIEW_PAGES) {
    test(`${path}, ${scheme}: passes axe`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    });
  }
}

test('a phone, the chosen dark theme, the search dialog, a chart table and the root and 404 pages pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('zh/');
  await page.evaluate(() => localStorage.setItem('esg:theme', 'dark'));
  for (const path of ['zh/sections/climate-resilience/', 'en-zh/figures/', 'en/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations(page), path).toEqual([]);
  }
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('kWh');
  await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  expect(await violations(page), 'search dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await page.goto('en/figures/');
  await page.locator('#chart-recycled-aluminum [data-chart-show=table]').click();
  expect(await violations(page), 'chart table').toEqual([]);
});

test('a page reached from a search result, its words marked, passes axe in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('en-zh/sections/data-security-and-privacy/?mark=MiTEE#ds-mitee');
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
    expect(await violations(page), scheme).toEqual([]);
  }
});

test.describe(() => {
  test.use({ expectedConsoleError: /status of 404|ERR_FAILED/ });
  test('the root chooser and the 404 page pass axe', async ({ page }) => {
    // Without the script before the first paint, the root page stays the chooser a reader without JavaScript sees.
    await page.route(/\/(no-such-page\/)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script>[\s\S]*?<\/script>/g, "");
      await route.fulfill({ response, body });
    });
    for (const path of ['./', 'no-such-page/']) {
      await page.goto(path);
      await expect(page.locator('.view-choices a')).toHaveCount(3);
      expect(await violations(page), path).toEqual([]);
    }
  });
});

test('the whole excerpt laid out in pages for printing passes axe, phone and desktop', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('en-zh/report/?pages=A4');
    await expect(page.locator('html')).toHaveAttribute('data-paged-done', /^\d+$/, { timeout: 30_000 });
    expect(await violations(page), `${width} px`).toEqual([]);
  }
});

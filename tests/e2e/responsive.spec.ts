import { test, expect } from './fixtures';

const WIDTHS = [320, 390, 768, 900, 961, 1280, 1600];
const PAGES = ['en/sections/green-products-and-circular-economy/', 'zh/report/', 'en-zh/figures/', 'en-zh/'];

test('no page scrolls sideways and the sticky header stays one short row', async ({ page }) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of PAGES) {
      await page.goto(path);
      const { scrollWidth, header, room } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        room: parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-height')) * 16,
      }));
      expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(width);
      // --header-height is the room anchored paragraphs leave above themselves.
      expect(header, `${path} header at ${width}px`).toBeLessThanOrEqual(room);
    }
  }
});

test('on a phone, the menu link leads to the site map of every page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('zh/');
  await expect(page.locator('.site-nav')).toBeHidden();
  await page.locator('.menu-link').click();
  await expect(page).toHaveURL(/#site-map$/);
  await expect(page.locator('#site-map a')).toHaveCount(9);
  await expect(page.locator('#site-map')).toBeInViewport();
});

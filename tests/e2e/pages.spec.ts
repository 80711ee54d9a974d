import { test, expect } from './fixtures';
import { ALL_VIEW_PAGES } from '../helpers/pages';

const LANG = { en: 'en', zh: 'zh-CN', 'en-zh': 'en' } as const;
// The sub-path build is made with SITE_URL (package.json), the plain one without: absolute links only with a known address.
const site = process.env.SITE_URL;

test.describe('every page in every view', () => {
  for (const path of ALL_VIEW_PAGES) {
    test(`${path} renders with its language declared`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const view = path.split('/')[0] as keyof typeof LANG;
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[view]);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page).toHaveTitle(/ESG/);
      if (!site) {
        await expect(page.locator('link[rel=canonical], link[rel=alternate][hreflang], meta[property="og:url"]')).toHaveCount(0);
      } else {
        const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`^${escaped}/.*${path}$`));
      }
      if (site && view !== 'en-zh') {
        await expect(page.locator('link[rel=alternate][hreflang=zh-CN]')).toHaveCount(1);
        await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveCount(1);
      }
      // The toggle offers the same page in the three views, marking the current one.
      const toggle = page.locator('[data-view-toggle] a');
      await expect(toggle).toHaveCount(3);
      await expect(page.locator('[data-view-toggle] a[aria-current=page]')).toHaveAttribute('data-view-link', view);

      const halves = page.locator('.half');
      if (view === 'en') await expect(page.locator('.half[lang=zh-CN]')).toHaveCount(0);
      if (view === 'zh') await expect(page.locator('.half[lang=en]')).toHaveCount(0);
      if (view === 'en-zh') {
        // Side by side, every block of text says which language it is in.
        const untagged = await halves.evaluateAll((els) => els.filter((el) => !el.getAttribute('lang')).length);
        expect(untagged).toBe(0);
        const zhWithoutLang = await page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const bad: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            if (/[\u4e00-\u9fff]/.test(text) && !node.parentElement?.closest('[lang^=zh]')) bad.push(text.trim());
          }
          return bad;
        });
        expect(zhWithoutLang).toEqual([]);
      }
    });
  }

  test.describe(() => {
    test.use({ expectedConsoleError: /status of 404/ });
    test('the 404 page is bilingual and leads back to the report', async ({ page }) => {
    const response = await page.goto('this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('Page not found');
    await expect(page.locator('h1 [lang=zh-CN]')).toHaveText('页面未找到');
    await expect(page.locator('.view-choices a')).toHaveCount(3);
    // Nothing here resembles a page of the site: no guess is offered.
    await expect(page.locator('[data-likely-address]')).toBeHidden();
    });

    test('the 404 page offers the address the reader probably meant', async ({ page }) => {
      const response = await page.goto('zh-CN/closing');
      expect(response?.status()).toBe(404);
      const offer = page.locator('[data-likely-address] a');
      await expect(offer).toHaveAttribute('href', /\/zh\/sections\/closing\/$/);
      await offer.click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toContainText('结语');
    });
  });

  test('an address typed without its final slash lands on the page itself', async ({ page }) => {
    await page.goto('en#content');
    await expect(page).toHaveURL(/\/en\/#content$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the sitemap lists every page in every view, when the site has an address', async ({ request }) => {
    if (!site) {
      expect((await request.get('sitemap-index.xml')).status()).toBe(404);
      return;
    }
    const index = await request.get('sitemap-0.xml');
    expect(index.ok()).toBe(true);
    const xml = await index.text();
    for (const path of ALL_VIEW_PAGES) expect(xml).toContain(`/${path}</loc>`);
    expect(xml).not.toContain('404');
  });
});

test('the home page shows the figures the report compares side by side', async ({ page }) => {
  await page.goto('en/');
  const cards = await page.locator('.card-grid [data-figure-card]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure-card')));
  expect(cards.indexOf('su7-recycled-aluminum') - cards.indexOf('yu7-recycled-aluminum')).toBe(1);
  expect(cards.indexOf('gdpr-dsr-time-limit') - cards.indexOf('dsr-processing-time')).toBe(1);
  await expect(page.locator('.card-grid')).toContainText('14.2%');
  await expect(page.locator('.card-grid')).toContainText('19%');
});

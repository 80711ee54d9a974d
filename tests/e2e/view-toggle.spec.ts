import { test, expect } from './fixtures';

test.describe('language toggle', () => {
  test('switching keeps the reader on the same paragraph, in every direction', async ({ page }) => {
    await page.goto('en/report/');
    for (const [to, lang] of [['zh', 'zh-CN'], ['en-zh', 'en'], ['en', 'en']] as const) {
      await page.locator('#cr-green-electricity').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      // Playwright's click() would scroll the sticky header "into view" first and move the page;
      // a reader's click does not, so activate the link from the keyboard instead.
      await page.locator(`[data-view-link="${to}"]`).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${to}/report/#cr-green-electricity$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The paragraph is the first thing below the sticky header (once the page has settled).
      const offset = () =>
        page.locator('#cr-green-electricity').evaluate((el) => el.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom);
      await expect.poll(offset).toBeGreaterThanOrEqual(-1);
      await expect.poll(offset).toBeLessThan(40);
    }
  });

  test('at the top of a page, switching lands at the top', async ({ page }) => {
    await page.goto('zh/sections/climate-resilience/');
    await page.locator('[data-view-link="en"]').click();
    await expect(page).toHaveURL(/\/en\/sections\/climate-resilience\/$/);
  });

  test('the choice is remembered for the next visit', async ({ page }) => {
    await page.goto('en/');
    await page.locator('[data-view-link="en-zh"]').click();
    await expect(page).toHaveURL(/\/en-zh\/$/);
    await page.goto('./');
    await expect(page).toHaveURL(/\/en-zh\/$/);
    await page.locator('[data-view-link="zh"]').click();
    // The choice is made once the click has done its work (the toggle's code may still have been on its way).
    await expect(page).toHaveURL(/\/zh\/$/);
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh\/$/);
  });

  test('is reachable and usable with the keyboard', async ({ page }) => {
    await page.goto('en/sections/introduction/');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    const zh = page.locator('[data-view-link="zh"]');
    for (let i = 0; i < 10 && !(await zh.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(zh).toBeFocused();
    await expect(zh).toHaveAccessibleName('简体中文');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/sections\/introduction\//);
  });
});

test.describe('first visit', () => {
  test.use({ locale: 'zh-CN' });
  test('a browser that prefers Chinese lands in 中文', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('first visit in English', () => {
  test.use({ locale: 'en-GB' });
  test('a browser that prefers English lands in English', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the report reads completely and the toggle is plain links', async ({ page }) => {
    await page.goto('en/sections/green-products-and-circular-economy/');
    await expect(page.locator('#gp-recycled-materials .half[lang=en]')).toContainText('14.2% and 19%');
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await page.locator('[data-view-link="zh"]').click();
    await expect(page).toHaveURL(/\/zh\/sections\/green-products-and-circular-economy\/$/);
    await expect(page.locator('#gp-recycled-materials .half[lang=zh-CN]')).toContainText('14.2%和19%');
    await page.goto('./');
    await expect(page.locator('.view-choices a')).toHaveCount(3);
  });
});

test.describe('theme', () => {
  test('follows the system, switches by hand and is remembered before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('en/');
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Record the theme when <body> first exists: before any deferred script could set it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('zh/figures/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(paper);
  });
});

test.describe('the toggle keeps the reader’s sentence', () => {
  /** The top of a sentence (or block) below the sticky header's reading line, in px. */
  const below = (page: import('@playwright/test').Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom);
  /** Switches view as a reader does (the keyboard: a click would scroll the sticky header into view first). */
  const switchTo = async (page: import('@playwright/test').Page, view: string) => {
    await page.locator(`[data-view-link="${view}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/${view}/`));
    await page.waitForLoadState('load');
  };

  test('a sentence in the middle of a paragraph stays at the same height in every view', async ({ page }) => {
    await page.goto('en/sections/climate-resilience/');
    const sentence = (lang: string) => `#cr-factory-efficiency [lang="${lang}"] .sentence[data-sentence="3"]`;
    // The fourth sentence begins on the first line under the header: the paragraph's top is out of sight.
    await page.locator(sentence('en')).evaluate((el) => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      window.scrollBy(0, el.getBoundingClientRect().top - header - 16);
    });
    const start = await below(page, sentence('en'));
    expect(Math.abs(start - 16)).toBeLessThan(2);
    await expect.poll(() => below(page, '#cr-factory-efficiency')).toBeLessThan(0);
    const scrolled = await page.evaluate(() => window.scrollY);
    await switchTo(page, 'zh');
    await expect.poll(async () => Math.abs((await below(page, sentence('zh-CN'))) - start)).toBeLessThan(4);
    await switchTo(page, 'en-zh');
    await expect.poll(async () => Math.abs((await below(page, sentence('en'))) - start)).toBeLessThan(4);
    await switchTo(page, 'en');
    // Unmoved between switches, the round trip comes back to the very place.
    await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(4);
  });

  for (const [what, selector] of [
    ['chart', '[data-chart]'],
    ['figure card', '#figure-yu7-recycled-aluminum'],
  ]) {
    test(`a ${what} at the top of the window stays there, on a phone too`, async ({ page }) => {
      for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        await page.goto('zh/sections/green-products-and-circular-economy/');
        await page.locator(selector).first().evaluate((el) => {
          const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
          window.scrollBy(0, el.getBoundingClientRect().top - header - 30);
        });
        const start = await below(page, selector);
        // Only where nothing of the text reaches the reading line beside it (cards stand beside the text on a wide screen).
        if (what === 'figure card' && size.width > 1000) continue;
        await switchTo(page, 'en');
        await expect.poll(async () => Math.abs((await below(page, selector)) - start), `${size.width} px`).toBeLessThan(4);
        await switchTo(page, 'en-zh');
        await expect.poll(async () => Math.abs((await below(page, selector)) - start), `${size.width} px`).toBeLessThan(4);
      }
    });
  }

  test('near the end of every part a round trip EN → 中文 → EN comes back within a line', async ({ page }) => {
    const parts = ['introduction', 'technology-and-governance', 'data-security-and-privacy', 'green-products-and-circular-economy', 'climate-resilience', 'closing'];
    for (const [part, size] of parts.flatMap((p) => [{ width: 1280, height: 800 }, { width: 390, height: 844 }].map((s) => [p, s] as const))) {
      await page.setViewportSize(size);
      await page.goto(`en/sections/${part}/`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.evaluate(() => window.scrollBy(0, -80));
      const start = await page.evaluate(() => window.scrollY);
      expect(start).toBeGreaterThan(4);
      await switchTo(page, 'zh');
      await switchTo(page, 'en');
      await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - start), `${part} at ${size.width} px`).toBeLessThan(28);
    }
  });
});

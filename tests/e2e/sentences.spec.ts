/** Side by side, sentence by sentence: a sentence and its counterpart are marked together. */
import { test, expect } from './fixtures';

const PAIR = '#cr-factory-efficiency';

/** Where the reader's pointer would go: the first letters of a sentence (its box may span several lines). */
async function pointAt(locator: import('@playwright/test').Locator, action: 'hover' | 'click') {
  const { x, y } = await locator.evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const first = el.getClientRects()[0];
    return { x: first.left + 4, y: first.top + first.height / 2 };
  });
  if (action === 'hover') await locator.page().mouse.move(x, y);
  else await locator.page().mouse.click(x, y);
}

test.describe('sentence pairs, side by side', () => {
  test('pointing at a sentence marks it and its counterpart; a tap pins them until tapped again or Escape', async ({ page }) => {
    await page.goto('en-zh/sections/climate-resilience/');
    const en = page.locator(`${PAIR} .half--en .sentence`);
    const zh = page.locator(`${PAIR} .half--zh .sentence`);
    await expect(en).toHaveCount(await zh.count());
    expect(await en.count()).toBeGreaterThan(2);
    await pointAt(en.nth(1), 'hover');
    await expect(en.nth(1)).toHaveClass(/is-paired/);
    await expect(zh.nth(1)).toHaveClass(/is-paired/);
    await expect(zh.nth(1)).toContainText('蓄热式热氧化器');
    await expect(page.locator('.sentence.is-paired')).toHaveCount(2);
    // Pointing at the Chinese marks the English.
    await pointAt(zh.nth(2), 'hover');
    await expect(en.nth(2)).toHaveClass(/is-paired/);
    await expect(en.nth(1)).not.toHaveClass(/is-paired/);

    await pointAt(zh.nth(2), 'click');
    await page.mouse.move(0, 0);
    await expect(en.nth(2)).toHaveClass(/is-pinned/);
    await expect(zh.nth(2)).toHaveClass(/is-pinned/);
    await expect(page.locator('.sentence.is-paired')).toHaveCount(0);
    // Marks never print.
    await page.emulateMedia({ media: 'print' });
    await expect(en.nth(2)).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
    await pointAt(en.nth(2), 'click');
    await expect(page.locator('.sentence.is-pinned')).toHaveCount(0);
    await pointAt(en.nth(0), 'click');
    await expect(page.locator('.sentence.is-pinned')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await expect(page.locator('.sentence.is-pinned')).toHaveCount(0);
  });

  test('adds no tab stop and leaves each half’s language and text as they were', async ({ page }) => {
    await page.goto('en-zh/sections/climate-resilience/');
    expect(await page.locator('.sentence[tabindex], .sentence a[tabindex]').count()).toBe(0);
    await expect(page.locator(`${PAIR} .half--zh`)).toHaveAttribute('lang', 'zh-CN');
    const text = await page.locator(`${PAIR} .half--en`).textContent();
    const joined = (await page.locator(`${PAIR} .half--en .sentence`).allTextContents()).join('');
    expect(joined).toBe(text);
  });

  test('in forced colours a marked pair is underlined, not told by colour alone', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('en-zh/sections/climate-resilience/');
    const first = page.locator(`${PAIR} .half--zh .sentence`).first();
    await pointAt(first, 'click');
    await expect(first).toHaveCSS('text-decoration-line', 'underline');
  });

  test('a one-language view has no sentence marks', async ({ page }) => {
    await page.goto('en/sections/climate-resilience/');
    const sentence = page.locator(`${PAIR} .half--en .sentence`).nth(1);
    await pointAt(sentence, 'hover');
    await pointAt(sentence, 'click');
    await expect(page.locator('.sentence.is-paired, .sentence.is-pinned')).toHaveCount(0);
  });
});

test.describe('links to a passage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" copies the paragraph’s address from the keyboard and says so; the address opens it marked in another view', async ({ page }) => {
    await page.goto('en/sections/climate-resilience/');
    const links = page.locator('[data-passage-link]');
    await expect(links).toHaveCount(await page.locator('.pair[data-pair]:not(.report-image)').count());
    const link = page.locator(`${PAIR} [data-passage-link]`);
    await expect(link).toHaveAccessibleName('Copy a link to this paragraph');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-passage-status]')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/en\/sections\/climate-resilience\/\?passage#cr-factory-efficiency$/);
    expect(new URL(page.url()).hash).toBe('');
    await page.goto(copied.replace('/en/', '/zh/'));
    await expect(page.locator(PAIR)).toHaveClass(/is-linked/);
    await expect(page.locator(PAIR)).toBeInViewport();
  });

  test('side by side, a marked sentence is what the link names, and the address marks it in any view', async ({ page }) => {
    await page.goto('en-zh/sections/climate-resilience/');
    await pointAt(page.locator(`${PAIR} .half--zh .sentence`).nth(2), 'click');
    await page.locator(`${PAIR} [data-passage-link]`).click();
    await expect(page.locator('[data-passage-status]')).toHaveText('Link copied · 链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/en-zh\/sections\/climate-resilience\/\?sentence=2#cr-factory-efficiency$/);
    for (const view of ['en', 'zh']) {
      await page.goto(copied.replace('/en-zh/', `/${view}/`));
      const marked = page.locator(`${PAIR} .sentence.is-pinned`);
      await expect(marked).toHaveCount(1);
      await expect(marked).toHaveAttribute('data-sentence', '2');
      await expect(page.locator(PAIR)).toBeInViewport();
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('"Copy link" is a plain link to its paragraph', async ({ page }) => {
    await page.goto('zh/sections/climate-resilience/');
    await expect(page.locator(`${PAIR} [data-passage-link]`)).toHaveAttribute('href', '#cr-factory-efficiency');
  });
});

test.describe('narrow screens', () => {
  for (const view of ['en', 'zh', 'en-zh']) {
    test(`${view} at 320 px: every chart and table reads without sideways scrolling, each value under its column's name`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${view}/figures/`);
      for (const show of await page.locator('[data-chart-show=table]').all()) await show.click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const tables = await page.locator('.chart__table').evaluateAll((els) => els.map((t) => t.scrollWidth - t.parentElement!.clientWidth));
      expect(tables.length).toBe(4);
      for (const over of tables) expect(over).toBeLessThanOrEqual(0);
      // Each value stands under its column's name (CSS generated content: never copied or indexed).
      const drop = await page.locator('.chart__table td[data-label]').first().evaluate((td) => td.firstElementChild!.getBoundingClientRect().top - td.getBoundingClientRect().top);
      expect(drop).toBeGreaterThan(8);
      expect(await page.locator('.chart__table td[data-label]').first().getAttribute('data-label')).toContain(view === 'zh' ? '报告原文表述' : 'As stated in the report');
      if (view !== 'en') {
        // The table header's short Chinese column names ("数值", "时间") keep one line where the table is a table (480 px).
        await page.setViewportSize({ width: 480, height: 800 });
        const lines = await page.locator('.chart__table thead th').evaluateAll((ths) =>
          ths
            .map((th) => th.querySelector('[lang="zh-CN"]') ?? th)
            .filter((el) => /^\p{Script=Han}{2}$/u.test((el.textContent ?? '').trim()))
            .map((el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            }),
        );
        expect(lines.length).toBeGreaterThan(0);
        for (const count of lines) expect(count).toBe(1);
      }
    });
  }
});

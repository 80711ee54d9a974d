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

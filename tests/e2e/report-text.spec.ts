/** Every paragraph stands on its pages exactly as published, under the right language. */
import { test, expect } from './fixtures';
import { siteParagraphs, realContent } from '../helpers/content';
import { sourcePairs } from '../helpers/source-text';
import { VIEWS } from '../../src/lib/views';

const source = sourcePairs();
const expected = siteParagraphs().map((p, i) => ({ id: p.id, en: source[i].en, zh: source[i].zh.trim() }));
const sections = realContent().sections;
const headingIds = new Set(sections.map((s) => s.slug));

async function readParagraphs(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const found: Record<string, { en: string; zh: string }> = {};
    for (const block of document.querySelectorAll('[data-pair]')) {
      found[block.id] = { en: text(block.querySelector('.half[lang=en]')), zh: text(block.querySelector('.half[lang=zh-CN]')) };
    }
    return found;
  });
}

for (const view of VIEWS) {
  test(`${view}: the full report has all 52 paragraphs verbatim`, async ({ page }) => {
    await page.goto(`${view}/report/`);
    const found = await readParagraphs(page);
    for (const p of expected.filter((p) => !headingIds.has(p.id))) {
      if (view !== 'zh') expect(found[p.id]?.en, p.id).toBe(p.en);
      if (view !== 'en') expect(found[p.id]?.zh, p.id).toBe(p.zh);
    }
    for (const section of sections.filter((s) => s.data.titleIsReportText)) {
      const heading = page.locator(`#${section.slug} h2`);
      const p = expected.find((e) => e.id === section.slug)!;
      if (view === 'en') await expect(heading).toHaveText(p.en);
      if (view === 'zh') await expect(heading).toHaveText(p.zh);
      if (view === 'en-zh') {
        await expect(heading.locator('[lang=en]')).toHaveText(p.en);
        await expect(heading.locator('[lang=zh-CN]')).toHaveText(p.zh);
      }
    }
  });
}

test('section pages carry their own paragraphs, and the report heading as the page heading', async ({ page }) => {
  for (const section of sections) {
    await page.goto(`en-zh/sections/${section.slug}/`);
    const found = await readParagraphs(page);
    expect(Object.keys(found)).toEqual(section.blocks.map((b) => b.id));
    for (const block of section.blocks) {
      const p = expected.find((e) => e.id === block.id)!;
      expect(found[block.id]).toEqual({ en: p.en, zh: p.zh });
    }
    await expect(page.locator('h1 [lang=en]')).toHaveText(section.data.title.en);
    await expect(page.locator('h1 [lang=zh-CN]')).toHaveText(section.data.title.zh);
  }
});

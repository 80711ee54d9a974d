/** Printing a section, or the whole report, gives a PDF of the report, not of the website. */
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { realContent } from '../helpers/content';
import { pdfBodyText, pdfFonts, pdfPageBrightness, pdfPageCount, pdfPagePng, pdfText, squash } from '../helpers/pdf';
import { UI } from '../../src/lib/ui-text';
import { VIEWS, langsOf, type View } from '../../src/lib/views';

const OUT = 'test-results/print';
mkdirSync(OUT, { recursive: true });
const sections = realContent().sections;

async function printToPdf(page: import('@playwright/test').Page, path: string, file: string, format: 'A4' | 'Letter' = 'A4') {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format, preferCSSPageSize: true });
  pdfPagePng(file);
  return { text: squash(pdfText(file)), pages: pdfPageCount(file) };
}

function chromeOf(view: View): string[] {
  return [
    'EN+中文',
    ...langsOf(view).flatMap((lang) => [UI.print[lang], UI.skipToContent[lang], UI.keyFigures[lang], UI.nextSection[lang]]),
  ];
}

test.describe.configure({ mode: 'parallel' });

for (const view of VIEWS) {
  for (const section of sections) {
    test(`${view}/${section.slug} prints its text, without the site's chrome`, async ({ page }) => {
      const file = `${OUT}/${view}-${section.slug}.pdf`;
      const { text, pages } = await printToPdf(page, `${view}/sections/${section.slug}/`, file);
      const body = pdfBodyText(file, [UI.siteTitle.en, UI.siteTitle.zh, section.data.title.en, section.data.title.zh]);
      for (const lang of langsOf(view)) {
        expect(body, `${file}: title`).toContain(squash(section.data.title[lang]));
        for (const block of section.blocks) expect(body, `${file}: ${block.id} (${lang})`).toContain(squash(block.text[lang]));
      }
      for (const chrome of chromeOf(view)) expect(text, `${file} shows "${chrome}"`).not.toContain(squash(chrome));
      expect(text, `${file}: page numbers`).toContain(`1/${pages}`);
      expect(pages, `${file}: pages`).toBeLessThanOrEqual(2 + section.blocks.length);
    });
  }
}

test('Chinese prints in an embedded CJK font, beyond the fonts of the English print', async ({ page }) => {
  const slug = 'green-products-and-circular-economy';
  await printToPdf(page, `en/sections/${slug}/`, `${OUT}/fonts-en.pdf`);
  const latin = new Set(pdfFonts(`${OUT}/fonts-en.pdf`).map((f) => `${f.name}|${f.type}`));
  for (const view of ['zh', 'en-zh'] as const) {
    const file = `${OUT}/fonts-${view}.pdf`;
    await printToPdf(page, `${view}/sections/${slug}/`, file);
    const fonts = pdfFonts(file);
    expect(fonts.every((f) => f.embedded), `${file}: every font embedded`).toBe(true);
    expect(fonts.filter((f) => !latin.has(`${f.name}|${f.type}`)).length, `${file}: fonts for Chinese`).toBeGreaterThan(0);
    expect(squash(pdfText(file))).toContain('小米YU7系列和小米SU7系列电动汽车的再生铝使用率分别为14.2%和19%。');
  }
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('pages print light', async ({ page }) => {
    await page.goto('en/');
    await page.evaluate(() => localStorage.setItem('esg:theme', 'dark'));
    const file = `${OUT}/dark-en-zh-climate-resilience.pdf`;
    await printToPdf(page, 'en-zh/sections/climate-resilience/', file);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(pdfPageBrightness(file)).toBeGreaterThan(225);
  });
});

test('US Letter works as well as A4', async ({ page }) => {
  const section = sections.find((s) => s.slug === 'data-security-and-privacy')!;
  const file = `${OUT}/letter-en-zh-${section.slug}.pdf`;
  const { pages } = await printToPdf(page, `en-zh/sections/${section.slug}/`, file, 'Letter');
  expect(pages).toBeGreaterThanOrEqual(1);
  const body = pdfBodyText(file, [UI.siteTitle.en, UI.siteTitle.zh, section.data.title.en, section.data.title.zh]);
  for (const block of section.blocks) expect(body).toContain(squash(block.text.zh));
});

for (const view of VIEWS) {
  test(`${view}: the whole report prints with a title page, contents and every part`, async ({ page }) => {
    const file = `${OUT}/${view}-report.pdf`;
    const { text, pages } = await printToPdf(page, `${view}/report/`, file);
    const lang = view === 'zh' ? 'zh' : 'en';
    expect(text).toContain(squash(UI.contents[lang]));
    const heads = [UI.siteTitle, ...sections.map((section) => section.data.title)].flatMap((title) => [title.en, title.zh]);
    const body = pdfBodyText(file, heads);
    for (const section of sections) {
      for (const block of section.blocks) expect(body, block.id).toContain(squash(block.text[lang]));
    }
    // A title page, a contents page, then each part from a new page.
    expect(pages).toBeGreaterThanOrEqual(2 + sections.length);
    const pageTexts = pdfText(file).split('\f').map(squash);
    expect(pageTexts[0]).toContain(squash(UI.siteTitle[lang]));
    // The title page carries no running head or page number; the next does.
    expect(pageTexts[0]).not.toContain(`1/${pages}`);
    expect(pageTexts[1]).toContain(`2/${pages}`);
    expect(pageTexts[1]).toContain(squash(UI.contents[lang]));
    // Each part's pages carry its title in the running head; parts start on pages of their own, in order.
    const starts = sections.map((section) =>
      pageTexts.findIndex((t, i) => i > 1 && t.slice(0, 200).includes(squash(section.data.title[lang]))),
    );
    expect(starts.every((start, i) => start > (i === 0 ? 1 : starts[i - 1])), `part start pages ${starts}`).toBe(true);
  });
}

/** Printing a section, or the whole report, gives a PDF of the report, not of the website. */
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { pdfBodyText, pdfBookmarks, pdfFonts, pdfPageBodies, pdfPageFills, pdfPageBrightness, pdfPageCount, pdfPagePng, pdfPageSize, pdfText, squash } from '../helpers/pdf';
import { UI, textFor } from '../../src/lib/ui-text';
import { PAPERS } from '../../src/lib/paper';
import { charts, figures, realContent } from '../helpers/content';
import { buildChartSpec } from '../../src/lib/chart-spec';
import { axisMax, axisTicks } from '../../src/lib/chart-svg';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { execFileSync } from 'node:child_process';
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

/** The text a chart's drawing puts on paper, in drawing order: axis ticks, unit, then each bar's label and value. */
function drawingText(chart: (typeof charts)[number], view: View): string {
  const spec = buildChartSpec(chart, figures, langsOf(view));
  return squash(axisTicks(axisMax(spec)).join('') + spec.unit + spec.bars.map((b) => b.label.join('') + b.stated.join('')).join(''));
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

/**
 * What every print of the whole excerpt must be, however it was laid out: a title page, contents, each part from a new
 * page with its running head, the text as published (also as copied out), every chart's drawing, no thin page, no card
 * opening a page. Returns the page each part starts on (1-based).
 */
function expectWholeReport(file: string, view: View, address: string): number[] {
  const text = squash(pdfText(file));
  const pages = pdfPageCount(file);
  const lang = view === 'zh' ? 'zh' : 'en';
  for (const chart of charts) expect(text, `${file}: drawing of ${chart.id}`).toContain(drawingText(chart, view));
  // The colophon gives the address printed from, and the day.
  const day = new Date().toISOString().slice(0, 10);
  expect(text).toContain(squash(`${address} · ${UI.printedOn[lang]}`));
  expect(text).toContain(squash(day));
  expect(text).not.toContain(`(${address})`);
  expect(text).toContain(squash(UI.contents[lang]));
  const heads = [UI.siteTitle, ...sections.map((section) => section.data.title)].flatMap((title) => [title.en, title.zh]);
  const body = pdfBodyText(file, heads);
  // In one language, also as a reader copies it: glyphs in the order they stand (Chinese brackets and quotes included).
  const copied = view === 'en-zh' ? body : pdfBodyText(file, heads, 'reading');
  for (const section of sections) {
    for (const block of section.blocks) {
      expect(body, block.id).toContain(squash(block.text[lang]));
      expect(copied, `${block.id} as copied`).toContain(squash(block.text[lang]));
    }
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
  // No page of a part is under a third full, except the part's last.
  const fills = pdfPageFills(file);
  const thin = fills
    .map((fill, i) => ({ page: i + 1, fill }))
    .filter(({ page, fill }) => page > 2 && page < pages && !starts.includes(page) && fill < 1 / 3);
  expect(thin, `page fills ${fills.map((f) => f.toFixed(2))}`).toEqual([]);
  // No figure card opens a page: the cards go with their paragraph's last lines (a page opening with a card's value and label).
  const opening = pdfPageBodies(file, heads).flatMap((pageBody, i) =>
    figures.filter((f) => pageBody.startsWith(squash(f.phrase[lang] + f.label[lang]))).map((f) => `page ${i + 1}: ${f.id}`),
  );
  expect(opening).toEqual([]);
  return starts.map((start) => start + 1);
}

for (const view of VIEWS) {
  test(`${view}: the whole report prints with a title page, contents and every part`, async ({ page }) => {
    const file = `${OUT}/${view}-report.pdf`;
    // Printed right after load: no chart has come near the window, yet every drawing prints.
    await printToPdf(page, `${view}/report/`, file);
    expectWholeReport(file, view, page.url());
  });

  for (const paper of PAPERS) {
    test(`${view}: the whole report laid out in pages for ${paper} has contents whose page numbers are true`, async ({ page }) => {
      const file = `${OUT}/${view}-report-paged-${paper}.pdf`;
      await page.goto(`${view}/report/?pages=${paper}`);
      await expect(page.locator('html')).toHaveAttribute('data-paged-done', /^\d+$/, { timeout: 30_000 });
      // No paper size given: the one the pages declare is the PDF's, as in the reader's print dialog.
      await page.pdf({ path: file, preferCSSPageSize: true });
      pdfPagePng(file, 2);
      expect(pdfPageSize(file), 'sheet size in points').toEqual(paper === 'A4' ? [595, 842] : [612, 792]);
      const pages = pdfPageCount(file);
      expect(pages).toBe(Number(await page.locator('html').getAttribute('data-paged-done')));
      const starts = expectWholeReport(file, view, page.url());
      // The contents page gives each part's title, then the page its heading stands on.
      const contents = squash(pdfText(file).split('\f')[1]).replace(`2/${pages}`, '');
      const numbers = sections.map((section) => {
        const title = squash(textFor(section.data.title, view));
        const found = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(contents);
        return Number(found?.[1]);
      });
      expect(numbers, contents).toEqual(starts);
    });
  }
}

test('where the browser makes bookmarks (Chromium\'s outline), the whole excerpt has one per part, in order, in its language', async ({ page }) => {
  for (const view of ['en', 'zh'] as const) {
    await page.goto(`${view}/report/`);
    await page.emulateMedia({ media: 'print' });
    const file = `${OUT}/outline-${view}.pdf`;
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, outline: true, tagged: true });
    const titles = sections.map((section) => section.data.title[view]);
    const bookmarks = pdfBookmarks(file);
    expect(bookmarks.filter((title) => titles.includes(title)), view).toEqual(titles);
    expect(bookmarks, view).toContain(UI.contents[view]);
  }
});

test('a page prints the same PDF whether or not its charts were drawn on screen first', async ({ page }) => {
  const path = 'en-zh/sections/climate-resilience/';
  const first = await printToPdf(page, path, `${OUT}/same-1.pdf`);
  // Now as a reader who scrolled through: Chart.js has drawn every chart on screen.
  await page.emulateMedia({ media: 'screen' });
  for (const chart of await page.locator('[data-chart]').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', '');
  }
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${OUT}/same-2.pdf`, format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(`${OUT}/same-2.pdf`)).toBe(first.pages);
  expect(pdfText(`${OUT}/same-2.pdf`)).toBe(pdfText(`${OUT}/same-1.pdf`));
  const chart = charts.find((c) => c.id === 'factory-photovoltaic-share')!;
  expect(first.text).toContain(drawingText(chart, 'en-zh'));
});

test('chromium --headless --print-to-pdf prints every chart of the whole excerpt', async ({ baseURL }) => {
  test.slow();
  const file = `${OUT}/headless-zh-report.pdf`;
  execFileSync(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless', '--no-pdf-header-footer', `--print-to-pdf=${file}`, `${baseURL}zh/report/`], {
    stdio: 'ignore',
    timeout: 80_000,
  });
  const text = squash(pdfText(file));
  for (const chart of charts) expect(text, `drawing of ${chart.id}`).toContain(drawingText(chart, 'zh'));
});

test.describe('printing the whole excerpt from the page', () => {
  test.beforeEach(async ({ page }) => {
    // The print dialog cannot be driven: count the calls instead.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
  });
  const printed = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

  test('the Print button lays the pages out first, then opens the print dialog once; the bar leads back to reading', async ({ page }) => {
    await page.goto('en/report/');
    await page.locator('[data-print]').click();
    await expect(page.locator('html')).toHaveAttribute('data-paged-done', /^\d+$/, { timeout: 30_000 });
    await expect.poll(() => printed(page)).toBe(1);
    // The contents now end with page numbers (a counter Paged.js sets; the PDFs above check its values), and the address
    // says which paper they are true for.
    const first = page.locator('.pagedjs_pages .toc a').first();
    expect(await first.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^counter\(/);
    expect(new URL(page.url()).searchParams.get('pages')).toMatch(/^(A4|Letter)$/);
    // The bar above the pages: paper, print, back. Not printed.
    const bar = page.getByRole('region', { name: UI.pagedTitle.en });
    await expect(bar).toBeVisible();
    await bar.getByRole('button', { name: UI.print.en }).click();
    await expect.poll(() => printed(page)).toBe(2);
    await page.emulateMedia({ media: 'print' });
    await expect(bar).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await bar.getByRole('link', { name: UI.backToReading.en }).click();
    await expect(page).toHaveURL(/\/en\/report\/$/);
    await expect(page.locator('.pagedjs_pages')).toHaveCount(0);
    await expect(page.locator('.toc')).toBeVisible();
  });

  test('Ctrl+P lays the pages out for the paper asked, then prints', async ({ page }) => {
    await page.goto('zh/report/');
    await page.evaluate(() => history.replaceState(null, '', '?pages=Letter'));
    await page.keyboard.press('Control+p');
    await expect(page.locator('html')).toHaveAttribute('data-paged', 'Letter', { timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('data-paged-done', /^\d+$/, { timeout: 30_000 });
    await expect.poll(() => printed(page)).toBe(1);
    await expect(page.getByRole('region', { name: UI.pagedTitle.zh }).getByRole('link', { name: UI.paperLetter.zh })).toHaveAttribute('aria-current', 'page');
  });

  test.describe(() => {
    test.use({ expectedConsoleError: /ERR_FAILED/ });
    test('if Paged.js cannot load, the browser prints as it is; the next print tries again', async ({ page }) => {
      await page.route(/paged-print\.[\w-]+\.js$/, (route) => route.abort());
      await page.goto('en/report/');
      await page.locator('[data-print]').click();
      await expect.poll(() => printed(page)).toBe(1);
      await expect(page.locator('html')).not.toHaveAttribute('data-paged', /./);
      await expect(page.locator('.toc')).toBeVisible();
      await page.unroute(/paged-print\.[\w-]+\.js$/);
      await page.locator('[data-print]').click();
      await expect(page.locator('html')).toHaveAttribute('data-paged-done', /^\d+$/, { timeout: 30_000 });
      await expect.poll(() => printed(page)).toBe(2);
    });
  });

  test('a section prints as the browser lays it out, with no Paged.js', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.goto('en/sections/closing/');
    await page.locator('[data-print]').click();
    await expect.poll(() => printed(page)).toBe(1);
    expect(scripts.filter((url) => url.includes('paged-print'))).toEqual([]);
    await expect(page.locator('html')).not.toHaveAttribute('data-paged', /./);
  });
});

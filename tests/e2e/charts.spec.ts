import { test, expect } from './fixtures';
import { charts, figures } from '../helpers/content';
import { chartTableRows } from '../../src/lib/chart-spec';
import { VIEWS, langsOf } from '../../src/lib/views';

const sectionOf = (paragraph: string) => figures.find((f) => f.paragraph === paragraph)!.section;

/** Share of the canvas's pixels that are not transparent: a drawn chart has bars, axes and labels. */
async function inkedShare(canvas: import('@playwright/test').Locator): Promise<number> {
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return inked / (data.length / 4);
  });
}

for (const view of VIEWS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${view}, ${scheme}: every chart draws, and its table holds the figures data`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${view}/figures/`);
      for (const chart of charts) {
        const figure = page.locator(`#chart-${chart.id}`);
        await figure.scrollIntoViewIfNeeded();
        await expect(figure).toHaveAttribute('data-drawn', '');
        const canvas = figure.locator('canvas');
        // One image for assistive technology, whichever drawing shows: the build's SVG gives way to the canvas.
        const drawing = figure.locator('[role=img]');
        expect((await drawing.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
        await expect(figure.locator('svg.chart-svg')).toBeHidden();
        await expect.poll(() => inkedShare(canvas)).toBeGreaterThan(0.01);
        // The bars are in the theme's colours, not the default black of an unresolved colour.
        const barColour = await canvas.evaluate((el: HTMLCanvasElement) => {
          const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
          const seen = new Set<string>();
          for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
          return [...seen];
        });
        expect(barColour.some((c) => c !== '0,0,0')).toBe(true);

        await figure.locator('[data-chart-show=table]').click();
        await expect(figure.locator('table')).toBeVisible();
        await expect(canvas).toBeHidden();
        const lang = langsOf(view)[0];
        const rows = chartTableRows(chart, figures, lang);
        const cells = await figure.locator('tbody tr').evaluateAll((trs) =>
          // Label and stated value: the first language's span. Value: the number, then the unit.
          trs.map((tr) => [...tr.children].map((c, i) => (i < 2 ? (c.querySelector('span') ?? c) : c).textContent!.trim())),
        );
        expect(cells.map((c) => c[0])).toEqual(rows.map((r) => r.label));
        expect(cells.map((c) => c[1])).toEqual(rows.map((r) => r.stated));
        for (const [i, row] of rows.entries()) expect(cells[i][2].startsWith(row.value), cells[i][2]).toBe(true);
        // And straight from the data file: the number drawn is the figure's value.
        for (const [i, bar] of chart.bars.entries()) {
          const value = figures.find((f) => f.id === bar.figure)!.value;
          if (!bar.range) expect(parseFloat(cells[i][2].replace(/,/g, ''))).toBe(value);
        }
        await figure.locator('[data-chart-show=chart]').click();
        await expect(canvas).toBeVisible();
      }
    });
  }
}

test('each chart stands beside its paragraph and links to it', async ({ page }) => {
  for (const chart of charts) {
    await page.goto(`en/sections/${sectionOf(chart.paragraph)}/`);
    await expect(page.locator(`#${chart.paragraph} #chart-${chart.id}`)).toHaveCount(1);
    await expect(page.locator(`#chart-${chart.id} .chart__footer a`).first()).toHaveAttribute('href', new RegExp(`#${chart.paragraph}$`));
  }
});

test('drawing a chart moves nothing on the page', async ({ page }) => {
  await page.goto('en/sections/green-products-and-circular-economy/');
  const figure = page.locator('#chart-recycled-aluminum');
  const before = await figure.boundingBox();
  const nextBefore = await page.locator('#gp-image-car').boundingBox();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', '');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
  const after = await figure.boundingBox();
  expect(after!.height).toBe(before!.height);
  expect((await page.locator('#gp-image-car').boundingBox())!.y - after!.y).toBeCloseTo(nextBefore!.y - before!.y, 0);
});


test('drawing a chart does not scroll the page, near the end of a part on a phone either', async ({ page }) => {
  // Where the reader stands still while Chart.js takes the SVG's place (before overflow-anchor: none, the page jumped 227 px).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('en/sections/data-security-and-privacy/');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - innerHeight - 80));
  const start = await page.evaluate(() => window.scrollY);
  await expect(page.locator('#chart-data-subject-request-time')).toHaveAttribute('data-drawn', '');
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await page.evaluate(() => window.scrollY)).toBe(start);
});
test('pages without charts load no chart code, and chart pages load Chart.js only when a chart comes near', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  await page.goto('en/sections/introduction/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /chart/i.test(s))).toEqual([]);
  scripts.length = 0;
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('en/sections/climate-resilience/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /chart-render/.test(s))).toEqual([]);
  await page.locator('#chart-factory-photovoltaic-share').scrollIntoViewIfNeeded();
  await expect(page.locator('#chart-factory-photovoltaic-share')).toHaveAttribute('data-drawn', '');
  expect(scripts.filter((s) => /chart-render/.test(s))).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart is its table', async ({ page }) => {
    await page.goto('zh/figures/');
    for (const chart of charts) {
      const table = page.locator(`#chart-${chart.id} table`);
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(chart.bars.length);
    }
    await expect(page.locator('.chart__switch').first()).toBeHidden();
  });
});

test('the CSV and JSON downloads parse and match the figures data', async ({ request }) => {
  const csv = await (await request.get('data/figures.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8').slice(1);
  const lines = text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(figures.length + 1);
  const header = lines[0].split(',');
  // A small RFC 4180 reader: quoted fields may hold commas and doubled quotes.
  const parse = (line: string) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]));
  for (const [i, figure] of figures.entries()) {
    const row = Object.fromEntries(parse(lines[i + 1]).map((v, j) => [header[j], v]));
    expect(row.id).toBe(figure.id);
    expect(row.value).toBe(figure.value === null ? '' : String(figure.value));
    expect(row.phrase_zh).toBe(figure.phrase.zh);
    expect(row.label_en).toBe(figure.label.en);
    expect(row.source_zh).toMatch(new RegExp(`/zh/sections/${figure.section}/#${figure.paragraph}$`));
  }
  const json = await (await request.get('data/figures.json')).json();
  expect(json.figures.map((f: { id: string; value: number | null }) => [f.id, f.value])).toEqual(figures.map((f) => [f.id, f.value]));
});

test.describe('when Chart.js cannot load', () => {
  test.use({ expectedConsoleError: /ERR_FAILED|Failed to fetch/ });
  test('the build\'s drawing stays, and Chart.js is tried again once it can load', async ({ page }) => {
    const renderer = /\/_astro\/chart-render\.[\w-]+\.js$/;
    await page.route(renderer, (route) => route.abort());
    await page.goto('en/sections/green-products-and-circular-economy/');
    const figure = page.locator('#chart-recycled-aluminum');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await expect(figure.locator('.chart-svg')).toBeVisible();
    await expect(figure).not.toHaveAttribute('data-drawn');
    await page.unroute(renderer);
    // Still in view: the watcher looks again a moment after the failure, and Chart.js draws.
    await expect(figure).toHaveAttribute('data-drawn', '', { timeout: 15_000 });
    await expect(figure.locator('canvas')).toBeVisible();
  });
});

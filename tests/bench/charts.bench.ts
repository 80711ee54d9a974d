/** The JavaScript a chart page costs: before any chart draws, and once they all have. */
import type { BenchContext, BenchTable } from './harness';
import { kb, recordResponses, sumBy } from './harness';

export async function run({ baseURL, browser }: BenchContext): Promise<BenchTable> {
  const rows: BenchTable['rows'] = [];
  for (const path of ['en/sections/green-products-and-circular-economy/', 'zh/figures/', 'en/sections/introduction/']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    let atLoad = 0;
    const all = await recordResponses(page, async () => {
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
      atLoad = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length);
      for (const chart of await page.locator('[data-chart]').all()) {
        await chart.scrollIntoViewIfNeeded();
        await page.waitForSelector(`#${await chart.getAttribute('id')}[data-drawn]`);
      }
      await page.waitForLoadState('networkidle');
    });
    const scripts = all.filter((r) => r.type === 'script');
    rows.push({
      page: path,
      'JS files at load': atLoad,
      'JS files after charts': scripts.length,
      'JS after charts (gzip)': kb(sumBy(all, 'script')),
      'Chart.js renderer (gzip)': kb(scripts.filter((s) => s.url.includes('chart-render')).reduce((n, s) => n + s.gzip, 0)),
    });
    await page.close();
  }
  return { title: 'Chart JavaScript (gzip)', rows };
}

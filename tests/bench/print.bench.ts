/**
 * What a reader gets on paper: pages and bytes of each PDF, printed right after
 * load by the browser alone, and for the whole excerpt also laid out by Paged.js
 * (as its Print button and Ctrl/⌘+P do), with the time that layout takes.
 */
import { mkdirSync, statSync } from 'node:fs';
import { pdfPageCount } from '../helpers/pdf';
import type { BenchContext, BenchTable } from './harness';

const OUT = 'bench-results/pdf';

export async function run({ baseURL, browser }: BenchContext): Promise<BenchTable> {
  mkdirSync(OUT, { recursive: true });
  const jobs: { path: string; format: 'A4' | 'Letter'; paged: boolean }[] = [];
  for (const view of ['en', 'zh', 'en-zh']) {
    for (const format of ['A4', 'Letter'] as const) for (const paged of [false, true]) jobs.push({ path: `${view}/report/`, format, paged });
  }
  jobs.push(
    { path: 'en-zh/sections/climate-resilience/', format: 'A4', paged: false },
    { path: 'zh/sections/green-products-and-circular-economy/', format: 'Letter', paged: false },
  );
  const rows: BenchTable['rows'] = [];
  const page = await browser.newPage();
  for (const { path, format, paged } of jobs) {
    const file = `${OUT}/${path.replace(/\/$/, '').replace(/\//g, '-')}-${format}${paged ? '-paged' : ''}.pdf`;
    let layout = '';
    if (paged) {
      const start = performance.now();
      await page.goto(`${baseURL}${path}?pages=${format}`);
      await page.waitForSelector('html[data-paged-done]', { timeout: 60_000 });
      layout = `${Math.round(performance.now() - start)} ms`;
    } else {
      await page.goto(`${baseURL}${path}`);
    }
    await page.pdf({ path: file, format, preferCSSPageSize: true });
    rows.push({ page: path, paper: format, 'laid out by': paged ? 'Paged.js' : 'browser', 'load + layout': layout, pages: pdfPageCount(file), 'PDF bytes': statSync(file).size });
  }
  await page.close();
  return { title: 'Printed PDFs', rows };
}

/** What a reader gets on paper: pages and bytes of each PDF, printed right after load (as Ctrl+P would). */
import { mkdirSync, statSync } from 'node:fs';
import { pdfPageCount } from '../helpers/pdf';
import type { BenchContext, BenchTable } from './harness';

const OUT = 'bench-results/pdf';

export async function run({ baseURL, browser }: BenchContext): Promise<BenchTable> {
  mkdirSync(OUT, { recursive: true });
  const jobs: { path: string; format: 'A4' | 'Letter' }[] = [];
  for (const view of ['en', 'zh', 'en-zh']) for (const format of ['A4', 'Letter'] as const) jobs.push({ path: `${view}/report/`, format });
  jobs.push({ path: 'en-zh/sections/climate-resilience/', format: 'A4' }, { path: 'zh/sections/green-products-and-circular-economy/', format: 'Letter' });
  const rows: BenchTable['rows'] = [];
  const page = await browser.newPage();
  for (const { path, format } of jobs) {
    const file = `${OUT}/${path.replace(/\/$/, '').replace(/\//g, '-')}-${format}.pdf`;
    await page.goto(`${baseURL}${path}`);
    await page.pdf({ path: file, format, preferCSSPageSize: true });
    rows.push({ page: path, paper: format, pages: pdfPageCount(file), 'PDF bytes': statSync(file).size });
  }
  await page.close();
  return { title: 'Printed PDFs', rows };
}

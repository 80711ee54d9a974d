/** What the first search costs: bytes fetched (gzip) and time until results show. */
import type { BenchContext, BenchTable } from './harness';
import { kb, recordResponses } from './harness';

const QUERIES: [string, string][] = [
  ['en', 'R&D expenses'],
  ['en', '38,333'],
  ['zh', '再生铝'],
  ['zh', '研发投入'],
];

export async function run({ baseURL, browser }: BenchContext): Promise<BenchTable> {
  const rows: BenchTable['rows'] = [];
  for (const [view, query] of QUERIES) {
    const page = await browser.newPage();
    await page.goto(`${baseURL}${view}/`, { waitUntil: 'networkidle' });
    let elapsed = 0;
    const fetched = await recordResponses(page, async () => {
      const start = Date.now();
      await page.keyboard.press('/');
      await page.locator('#search-input').fill(query);
      await page.locator('#search-results [role=option]').first().waitFor();
      elapsed = Date.now() - start;
    });
    const start = Date.now();
    await page.locator('#search-input').fill(`${query} `);
    await page.locator('#search-input').fill(query.slice(0, -1));
    await page.locator('#search-results [role=option]').first().waitFor();
    rows.push({
      view,
      query,
      'requests for first query': fetched.length,
      'bytes for first query (gzip)': kb(fetched.reduce((n, r) => n + r.gzip, 0)),
      'first results (ms)': elapsed,
      'next query (ms)': Date.now() - start,
    });
    await page.close();
  }
  return { title: 'Search: first query', rows };
}

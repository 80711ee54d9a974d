/** What each kind of page costs a reader: requests and gzip bytes by kind. */
import type { BenchContext, BenchTable } from './harness';
import { kb, recordResponses, sumBy } from './harness';

const PAGE_TYPES = {
  home: '',
  section: 'sections/climate-resilience/',
  'full report': 'report/',
  'key figures': 'figures/',
};

export async function run({ baseURL, browser }: BenchContext): Promise<BenchTable> {
  const rows: BenchTable['rows'] = [];
  for (const view of ['en', 'zh', 'en-zh']) {
    for (const [type, rest] of Object.entries(PAGE_TYPES)) {
      const page = await browser.newPage();
      await page.coverage.startJSCoverage();
      const resources = await recordResponses(page, () => page.goto(`${baseURL}${view}/${rest}`, { waitUntil: 'networkidle' }));
      // JavaScript executed on load: the bytes of script that actually ran.
      const coverage = await page.coverage.stopJSCoverage();
      const executed = coverage.reduce(
        (n, entry) => n + entry.functions.filter((f) => f.ranges[0]?.count).reduce((m, f) => m + (f.ranges[0].endOffset - f.ranges[0].startOffset), 0),
        0,
      );
      rows.push({
        page: type,
        view,
        requests: resources.length,
        html: kb(sumBy(resources, 'document')),
        css: kb(sumBy(resources, 'stylesheet')),
        js: kb(sumBy(resources, 'script')),
        'JS executed (raw)': kb(Math.min(executed, coverage.reduce((n, e) => n + (e.source?.length ?? 0), 0))),
        other: kb(resources.filter((r) => !['document', 'stylesheet', 'script'].includes(r.type)).reduce((n, r) => n + r.gzip, 0)),
      });
      await page.close();
    }
  }
  return { title: 'Page weight (gzip) by page type and view', rows };
}

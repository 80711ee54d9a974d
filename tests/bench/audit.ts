/**
 * `npm run audit`: Lighthouse (mobile, its defaults) on the home page and a
 * section page in each language, driving the system Chromium. Prints the
 * four category scores.
 */
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreview } from './harness';

const PAGES = ['en/', 'zh/', 'en/sections/climate-resilience/', 'zh/sections/climate-resilience/'];
const port = Number(process.env.BENCH_PORT ?? 4391);

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
const server = await startPreview(port);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result!.lhr.categories;
    rows.push({
      page: path,
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      'best-practices': Math.round((categories['best-practices'].score ?? 0) * 100),
      seo: Math.round((categories.seo.score ?? 0) * 100),
    });
  }
} finally {
  chrome.kill();
  server.stop();
}
console.log('\nLighthouse (mobile)');
console.table(rows);

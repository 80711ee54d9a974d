/**
 * `npm run bench`: builds the site (timed), serves it, and runs every
 * tests/bench/*.bench.ts module, printing its table; then builds and measures
 * the report at 1× and 30× (tests/bench/scale.ts; --no-scale skips it). Results
 * also go to bench-results/latest.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview, type BenchTable } from './harness';
import { runScale } from './scale';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4390);
const tables: BenchTable[] = [];

if (!process.argv.includes('--no-build')) {
  const start = performance.now();
  execSync('npm run build', { stdio: 'ignore' });
  tables.push({ title: 'Build', rows: [{ step: 'npm run build', seconds: ((performance.now() - start) / 1000).toFixed(1) }] });
}

const server = await startPreview(port);
const browser = await launchBrowser();
try {
  for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
    const module = (await import(`./${file}`)) as { run: (ctx: { baseURL: string; browser: typeof browser }) => Promise<BenchTable | BenchTable[]> };
    const result = await module.run({ baseURL: server.url, browser });
    tables.push(...(Array.isArray(result) ? result : [result]));
  }
} finally {
  await browser.close();
  server.stop();
}

if (!process.argv.includes('--no-scale')) tables.push(...(await runScale({ port: port + 10 })));

for (const table of tables) {
  console.log(`\n${table.title}`);
  console.table(table.rows);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(tables, null, 2));

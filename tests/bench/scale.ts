/**
 * The scale part of `npm run bench` (skip it with --no-scale; run it alone with
 * `npm run bench:scale`): the report's parts written 1 and 30 times
 * (tests/bench/scale-fixture.ts), each built the same way into dist-scale/,
 * timed and served, then measured: the build's seconds, one section page's
 * HTML+CSS+JS on load and the first search, gzip-compressed. Prints the
 * targets of issue 12 as met or not; nothing here fails on a timing.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { kb, launchBrowser, recordResponses, startPreview, sumBy, type BenchTable } from './harness';
import { writeScaleFixture } from './scale-fixture';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORK = 'dist-scale';
/** A part that is the same page at every scale (copy 1 keeps its name). */
const SECTION_PAGE = 'en/sections/climate-resilience/';
const SEARCHES: [string, string][] = [
  ['en', 'ISO 50001'],
  ['zh', '再生铝'],
];
const TARGETS = { buildRatio: 8, sectionPageRatio: 1.15, firstSearchBytes: 120 * 1024 };

interface Measured {
  copies: number;
  sections: number;
  figures: number;
  pages: number;
  buildSeconds: number;
  sectionPage: number;
  searches: { view: string; query: string; requests: number; bytes: number; ms: number }[];
}

function build(copies: number): Omit<Measured, 'sectionPage' | 'searches'> & { outDir: string } {
  const fixture = writeScaleFixture(copies, join(WORK, `content-${copies}x`));
  const outDir = `./${WORK}/out-${copies}x`;
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REPORT_CONTENT_DIR: fixture.contentDir, REPORT_FIGURES_FILE: fixture.figuresJson, OUT_DIR: outDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  const buildSeconds = (performance.now() - start) / 1000;
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`scale fixture ×${copies}: the build failed:\n${output.split('\n').slice(-40).join('\n')}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  return { copies, sections: fixture.sections, figures: fixture.figures, pages, buildSeconds, outDir };
}

async function measure(browser: Browser, baseURL: string): Promise<Pick<Measured, 'sectionPage' | 'searches'>> {
  const page = await browser.newPage();
  const loaded = await recordResponses(page, () => page.goto(`${baseURL}${SECTION_PAGE}`, { waitUntil: 'networkidle' }));
  const sectionPage = sumBy(loaded, 'document') + sumBy(loaded, 'stylesheet') + sumBy(loaded, 'script');
  await page.close();

  const searches: Measured['searches'] = [];
  for (const [view, query] of SEARCHES) {
    const page = await browser.newPage();
    await page.goto(`${baseURL}${view}/`, { waitUntil: 'networkidle' });
    let ms = 0;
    const fetched = await recordResponses(page, async () => {
      const start = Date.now();
      await page.keyboard.press('/');
      await page.locator('#search-input').fill(query);
      await page.locator('#search-results [role=option]').first().waitFor();
      ms = Date.now() - start;
    });
    searches.push({ view, query, requests: fetched.length, bytes: fetched.reduce((n, r) => n + r.gzip, 0), ms });
    await page.close();
  }
  return { sectionPage, searches };
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');

/** Builds, serves and measures the report at 1× and at `copies`×; returns the tables to print. */
export async function runScale(options: { copies?: number; port?: number; browser?: Browser } = {}): Promise<BenchTable[]> {
  const copies = options.copies ?? 30;
  const port = options.port ?? Number(process.env.BENCH_PORT ?? 4390) + 10;
  const browser = options.browser ?? (await launchBrowser());
  const results: Measured[] = [];
  try {
    for (const [i, n] of [1, copies].entries()) {
      const built = build(n);
      const server = await startPreview(port + i, built.outDir);
      try {
        results.push({ ...built, ...(await measure(browser, server.url)) });
      } finally {
        server.stop();
      }
    }
  } finally {
    if (!options.browser) await browser.close();
  }

  const [one, many] = results;
  const row = (m: Measured): BenchTable['rows'][number] => ({
    scale: `${m.copies}×`,
    'parts / figures / pages': `${m.sections} / ${m.figures} / ${m.pages}`,
    'build (s)': m.buildSeconds.toFixed(1),
    'section page (gzip)': kb(m.sectionPage),
    ...Object.fromEntries(
      m.searches.flatMap((s) => [
        [`${s.view} first search: requests`, s.requests],
        [`${s.view} first search (gzip)`, kb(s.bytes)],
        [`${s.view} first search (ms)`, s.ms],
      ]),
    ),
  });
  const ratios: BenchTable['rows'][number] = {
    scale: `${copies}× / 1×`,
    'parts / figures / pages': `${ratio(many.sections, one.sections)} / ${ratio(many.figures, one.figures)} / ${ratio(many.pages, one.pages)}`,
    'build (s)': ratio(many.buildSeconds, one.buildSeconds),
    'section page (gzip)': ratio(many.sectionPage, one.sectionPage),
    ...Object.fromEntries(
      many.searches.flatMap((s, i) => [
        [`${s.view} first search: requests`, ratio(s.requests, one.searches[i].requests)],
        [`${s.view} first search (gzip)`, ratio(s.bytes, one.searches[i].bytes)],
        [`${s.view} first search (ms)`, ratio(s.ms, one.searches[i].ms)],
      ]),
    ),
  };

  const targets: BenchTable['rows'] = [
    {
      target: `build ≤ ${TARGETS.buildRatio}× the 1× time`,
      measured: `${ratio(many.buildSeconds, one.buildSeconds)} (${one.buildSeconds.toFixed(1)} s → ${many.buildSeconds.toFixed(1)} s)`,
      result: verdict(many.buildSeconds <= TARGETS.buildRatio * one.buildSeconds),
    },
    {
      target: `section page ≤ ${TARGETS.sectionPageRatio}× its 1× bytes`,
      measured: `${ratio(many.sectionPage, one.sectionPage)} (${kb(one.sectionPage)} → ${kb(many.sectionPage)})`,
      result: verdict(many.sectionPage <= TARGETS.sectionPageRatio * one.sectionPage),
    },
    ...many.searches.map((s) => ({
      target: `first search (${s.view}, "${s.query}") ≤ ${kb(TARGETS.firstSearchBytes)} gzip`,
      measured: kb(s.bytes),
      result: verdict(s.bytes <= TARGETS.firstSearchBytes),
    })),
  ];
  return [
    { title: `Scale: the report at 1× and ${copies}× (${SECTION_PAGE}; first search from the home page)`, rows: [row(one), row(many), ratios] },
    { title: `Scale: targets at ${copies}× (printed, never asserted)`, rows: targets },
  ];
}

// `npm run bench:scale` (or `tsx tests/bench/scale.ts [copies]`): the scale part alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const copies = Number(process.argv[2] ?? 30);
  for (const table of await runScale({ copies })) {
    console.log(`\n${table.title}`);
    console.table(table.rows);
  }
}

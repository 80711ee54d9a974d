/** Checks of the built site on disk: valid HTML, links that lead somewhere, no inline script, byte budgets, reproducible builds. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check';
import { MEDIA_RULE, PAGE_MARGIN_MM, pageArea, sizeQueryHoldsOnPaper } from '../../src/lib/paper';
import { BUDGETS } from '../budgets';
import { listFiles, readBuiltSite } from '../helpers/dist';
import { ROOT, realContent } from '../helpers/content';

const DIST = `${ROOT}dist`;
const SUBPATH = { dir: `${ROOT}dist-subpath`, base: '/esg/report/' };
const site = readBuiltSite(DIST, '/');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** The stylesheets a page links, as their addresses. */
const stylesheetsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);

/** The gzip size of the one script chunk named after this module (a chunk loaded on demand). */
function chunkBytes(name: string): number {
  const chunks = listFiles(`${DIST}/_astro`).filter((f) => new RegExp(`/${name}\\.[\\w-]+\\.js$`).test(f));
  expect(chunks, name).toHaveLength(1);
  const bytes = gz(readFileSync(chunks[0]));
  console.log(`${name} gzip bytes:`, bytes);
  return bytes;
}

describe('the built site', () => {
  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of site.pages) {
      const report = await validator.validateString(page.html, page.path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${page.path}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    expect(site.pages.length).toBeGreaterThanOrEqual(29);
  });

  it('names no made-up domain, and no absolute address the build was not given (SITE_URL)', () => {
    // Pagefind's own script resolves paths against "https://example.com" internally, and is not read by people.
    const text = listFiles(DIST).filter((f) => /\.(html|xml|txt|js|json|css|csv)$/.test(f) && !f.includes('/pagefind/'));
    const placeholders = text.filter((f) => /\bexample\.(org|com)\b/.test(readFileSync(f, 'utf8')));
    expect(placeholders).toEqual([]);
    // This build has no SITE_URL: nothing may claim an address for the site.
    expect(existsSync(`${DIST}/sitemap-index.xml`)).toBe(false);
    const claiming = site.pages.filter((p) => /rel="canonical"|property="og:url"|rel="alternate" hreflang=/.test(p.html)).map((p) => p.path);
    expect(claiming).toEqual([]);
  });

  it('has no broken internal link or #anchor', () => {
    expect(checkLinks(site.pages, site.files, '/')).toEqual([]);
  });

  it('has no broken link when built under a sub-path either', () => {
    expect(existsSync(SUBPATH.dir), 'run "npm run build:subpath" first').toBe(true);
    const sub = readBuiltSite(SUBPATH.dir, SUBPATH.base);
    expect(checkLinks(sub.pages, sub.files, SUBPATH.base)).toEqual([]);
    // Every page's own links stay under the sub-path.
    expect(sub.pages.every((p) => !/\s(?:href|src)="\/(?!esg\/report\/)/.test(p.html))).toBe(true);
  });

  it('runs inline only the scripts before the first paint, each allowed by its hash in the Content-Security-Policy', () => {
    const createHash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    for (const page of site.pages) {
      const inline = [...page.html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page.html)?.[1] ?? '';
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1].split(' ') ?? [];
      // The search dialog's document is fetched, never run as a page: it has no script, and its policy allows none inline.
      if (page.path.endsWith('/search-dialog/')) {
        expect(inline, page.path).toEqual([]);
        expect(scriptSrc.filter((source) => source.startsWith("'sha256-")), page.path).toEqual([]);
        continue;
      }
      // Every page sets the theme before paint; the root page also sends the reader on to their view.
      const expected = page.path === '/' ? ['esg:theme', 'esg:view'] : ['esg:theme'];
      expect(inline, page.path).toHaveLength(expected.length);
      inline.forEach((script, i) => expect(script, page.path).toContain(expected[i]));
      // The hash of exactly what the page holds (a changed byte would stop it running), and nothing that would allow others.
      expect(scriptSrc.filter((source) => source.startsWith("'sha256-")).sort(), page.path).toEqual(inline.map(createHash).sort());
      expect(scriptSrc, page.path).not.toContain("'unsafe-inline'");
    }
  });

  it('reads a section with no JavaScript: its paragraphs are in the HTML', () => {
    for (const section of realContent().sections) {
      for (const view of ['en', 'zh'] as const) {
        const html = readFileSync(`${DIST}/${view}/sections/${section.slug}/index.html`, 'utf8');
        for (const block of section.blocks) expect(html, `${view}/${section.slug} ${block.id}`).toContain(`id="${block.id}"`);
      }
    }
  });

  it('sends a section page in one flight: its HTML, the stylesheet and one small script, nothing else before the reader acts', () => {
    const measured: Record<string, number> = {};
    for (const section of realContent().sections) {
      for (const view of ['en', 'zh', 'en-zh'] as const) {
        const path = `${view}/sections/${section.slug}/`;
        const html = readFileSync(`${DIST}/${path}index.html`, 'utf8');
        const sheets = stylesheetsOf(html);
        const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
        expect(sheets, path).toHaveLength(1);
        expect(scripts, path).toHaveLength(1);
        // Nothing else the page fetches by itself (the icon aside): no image, frame or preload.
        expect(html.match(/<(?:img|iframe|video|audio|source|object|embed)\b|rel="(?:module)?preload"/g), path).toBeNull();
        const script = readFileSync(`${DIST}${scripts[0]}`, 'utf8');
        // Its code comes whole: a static import would be one more request (what loads on demand uses import()).
        expect(script, path).not.toMatch(/(?:^|[;}])\s*import\s*[{*\w"'`]/);
        const bytes = gz(html) + gz(readFileSync(`${DIST}${sheets[0]}`)) + gz(script);
        measured[path] = bytes;
        expect(bytes, path).toBeLessThanOrEqual(BUDGETS.firstFlight[view]);
      }
    }
    console.log('First flight (HTML + CSS + JS) gzip bytes:', measured);
  });

  it('keeps each page type within its HTML and CSS budget', () => {
    const css = (html: string) => stylesheetsOf(html).reduce((n, href) => n + gz(readFileSync(`${DIST}${href}`)), 0);
    const paths = { home: '', section: 'sections/climate-resilience/', report: 'report/', figures: 'figures/' } as const;
    const measured: Record<string, number> = {};
    for (const [type, rest] of Object.entries(paths) as [keyof typeof paths, string][]) {
      for (const view of ['en', 'zh', 'en-zh'] as const) {
        const html = readFileSync(`${DIST}/${view}/${rest}index.html`, 'utf8');
        const bytes = gz(html) + css(html);
        measured[`${type}/${view}`] = bytes;
        expect(bytes, `${type}/${view}`).toBeLessThanOrEqual(BUDGETS.htmlAndCss[type][view]);
      }
    }
    console.log('HTML+CSS gzip bytes:', measured);
  });

  it('styles no class the site never uses (no dead CSS)', () => {
    const css = listFiles(`${DIST}/_astro`).filter((f) => f.endsWith('.css'));
    // The site's one stylesheet, and the search dialog's, which comes with the dialog when it is first wanted.
    expect(css.map((f) => f.replace(/^.*\/|\.[\w-]+\.css$/g, '')).sort()).toEqual(['Head', 'search-dialog']);
    const rules = css.map((f) => readFileSync(f, 'utf8')).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
    const styled = new Set([...rules.matchAll(/\.(-?[a-zA-Z_][\w-]*)/g)].map((m) => m[1]));
    const used = listFiles(DIST)
      .filter((f) => /\.(html|js)$/.test(f) && !f.includes('/pagefind/'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // A chart bar's class is made from its colour's number (src/lib/chart-svg.ts): either colour may one day be planned.
    const madeFromData = /^chart-svg__(planned|open)--\d$/;
    const dead = [...styled].filter((name) => !used.includes(name) && !madeFromData.test(name));
    expect(dead).toEqual([]);
    expect(styled.size).toBeGreaterThan(100);
    // Tailwind makes a utility of any word in a scanned file ("table", "hidden"): each must be a class the site sets.
    const utilities = /@layer utilities\{([\s\S]*?)\}\s*@layer/.exec(rules)?.[1] ?? '';
    const utilityNames = [...utilities.matchAll(/(?:^|\})\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    const setClasses = new Set(
      [...used.matchAll(/class(?:Name)?\s*=\s*\\?["'`]([^"'`\\]*)|classList\.\w+\(\s*["'`]([^"'`]+)/g)].flatMap((m) => (m[1] ?? m[2]).split(/\s+/)),
    );
    expect(utilityNames.length).toBeGreaterThan(0);
    expect(utilityNames.filter((name) => !setClasses.has(name))).toEqual([]);
  });

  it('keeps the Chart.js renderer within its budget', () => {
    expect(chunkBytes('chart-render')).toBeLessThanOrEqual(BUDGETS.chartRenderer);
  });
});

describe('the whole excerpt laid out in pages (Paged.js)', () => {
  it('loads only on that page\'s print, within its budget', () => {
    expect(chunkBytes('paged-print')).toBeLessThanOrEqual(BUDGETS.pagedPrint);
  });

  it('can answer every media query of window size in the built CSS for paper', () => {
    const css = listFiles(`${DIST}/_astro`).filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8'));
    const queries = css.flatMap((text) => [...text.matchAll(MEDIA_RULE)].map((m) => m[1]));
    const bySize = queries.filter((query) => /width|height/.test(query));
    expect(bySize.length).toBeGreaterThan(3);
    // Unanswered, Paged.js would lay A4 out as the reader's window is wide (and its parser fails on "width >= 48rem").
    const unanswered = bySize.filter((query) => sizeQueryHoldsOnPaper(query, pageArea('A4')) === null);
    expect(unanswered).toEqual([]);
    // The page area is measured with print.css's margins: the two must agree (top, sides, bottom).
    const [top, right, bottom, left] = PAGE_MARGIN_MM;
    expect(left, 'print.css gives one margin for both sides').toBe(right);
    expect(css.join('\n')).toMatch(new RegExp(`@page\\{size:auto;margin:${top}mm ${right}mm ${bottom}mm[;}]`));
  });
});

describe('reproducible builds', () => {
  it('two builds of the same commit are byte for byte the same', () => {
    const build = (out: string) =>
      spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: ROOT,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out },
        encoding: 'utf8',
        timeout: 180_000,
      });
    const dirs = [`${ROOT}test-results/repro-a`, `${ROOT}test-results/repro-b`];
    for (const dir of dirs) expect(build(dir).status).toBe(0);
    const [a, b] = dirs.map((dir) => {
      const files = listFiles(dir).sort();
      return new Map(files.map((f) => [f.slice(dir.length), readFileSync(f).toString('base64')]));
    });
    expect(a.size).toBeGreaterThan(50);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const different = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
    expect(different).toEqual([]);
  }, 400_000);
});

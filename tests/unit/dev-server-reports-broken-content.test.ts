/**
 * A running `astro dev` server notices a content file that breaks after it
 * started: the loader's watcher runs the content rules again, the page answers
 * 500, and Astro's error overlay (what the browser shows, received here as the
 * browser receives it, over Vite's HMR socket) names the file, line and column.
 * Fixed and saved, the file is served again. The same for the figures file
 * (YAML, read again by its loader). Nothing is restarted in between.
 *
 * The server runs in a throwaway copy of the project (config, src/, public/,
 * content/, node_modules linked), not in the project itself: Astro allows
 * one dev server per project and keeps the content store in <root>/.astro,
 * where entries of an earlier REPORT_CONTENT_DIR would survive. The copy lives
 * in the system's temporary folder, not under test-results/: Vite's watcher
 * ignores every path with a test-results folder in it, so there the server
 * would never see the file change.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

/** The figure the fixture's paragraph names, as figures.yaml in the copy: once with its value in words (line 11). */
const BROKEN_FIGURES = readFileSync(join(ROOT, 'tests/fixtures/content/broken/figure-value/figures.yaml'), 'utf8');
const VALID_FIGURES = BROKEN_FIGURES.replace('value: twelve', 'value: 12');
const FIGURE_PROBLEM = 'figures.yaml:11:10: figure "sample-tonnes": its "value" is wrong: expected number, found "twelve"';
const VALID = readFileSync(join(ROOT, 'tests/fixtures/content/valid/sample.mdx'), 'utf8');
/** The valid file without its <Zh> line (line 14; the <Pair> opens at line 12). */
const BROKEN = readFileSync(join(ROOT, 'tests/fixtures/content/broken/missing-zh/sample.mdx'), 'utf8');
const PROBLEM = 'sections/sample.mdx:12:1: Pair "sample-pair" has no Chinese half';

/** Slow machines take long to start and to see a change; nothing here is a timing requirement. */
const PATIENCE = 120_000;

type Overlay = { message: string; loc?: { file: string; line: number; column: number } };

let copy: string;
let server: ChildProcess | undefined;
let output = '';
let origin: string;
let socket: WebSocket | undefined;
/** The errors the server has sent to the browser's overlay since the last change of the file. */
let overlays: Overlay[] = [];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Astro leaves its page server out when VITEST is set (it takes itself for part of a Vitest run): every page would be a 404. */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
}

/** Asks `read` every half second until it returns something (it throws to say what it saw instead); fails with that and the server's output. */
async function until<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + PATIENCE;
  let last = '';
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the dev server exited (${server?.exitCode}) before ${what}:\n${output}`);
    try {
      const found = await read();
      if (found !== undefined) return found;
    } catch (error) {
      last = String(error);
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`no ${what} within ${PATIENCE / 1000} s; last seen: ${last}\n--- dev server output ---\n${output}`);
}

async function get(path: string) {
  const response = await fetch(origin + path);
  return { status: response.status, body: await response.text() };
}

/** The overlay's message is HTML. */
function plain(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The page, once it answers 200 with the fixture's Chinese half in it. */
async function servedWhole(path: string) {
  const page = await get(path);
  if (page.status !== 200 || !page.body.includes('节省了')) throw new Error(`status ${page.status}, Chinese half ${page.body.includes('节省了') ? '' : 'not '}there`);
  return page;
}

/** The overlay the browser would show once a page answers 500 for `problem`. */
function overlayNaming(problem: string): Promise<Overlay> {
  return until('overlay naming the problem', async () => {
    const page = await get('/en/sections/sample/');
    if (page.status !== 500) throw new Error(`status ${page.status}`);
    await new Promise((wait) => setTimeout(wait, 500)); // Astro sends the overlay 200 ms after the response.
    const found = overlays.find((err) => plain(err.message).includes(problem));
    if (!found) throw new Error(`status 500, overlays: ${JSON.stringify([...new Set(overlays.map((err) => err.message))])}`);
    return found;
  });
}

/**
 * Saves the file as many editors do, whole at once: written beside it, then renamed over it. Written in place
 * (truncated, then filled), the watcher can report the empty file and then nothing more, when both writes fall
 * in the same tick of the file system's clock; the server would then show "no front matter" until the next save.
 */
function save(file: string, text: string) {
  overlays = [];
  writeFileSync(join(copy, 'saving.next'), text);
  renameSync(join(copy, 'saving.next'), join(copy, file));
}

describe('astro dev, content broken after it started', () => {
  beforeAll(async () => {
    // The real path: the watcher reports real paths, and the loader compares them with its folder's.
    copy = realpathSync(mkdtempSync(join(tmpdir(), 'esg-dev-server-')));
    for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
    cpSync(join(ROOT, 'content'), join(copy, 'content'), { recursive: true, filter: (path) => path !== join(ROOT, 'content/sections') });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    mkdirSync(join(copy, 'sections'));
    writeFileSync(join(copy, 'sections/sample.mdx'), VALID);
    writeFileSync(join(copy, 'figures.yaml'), VALID_FIGURES);

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: copy,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...withoutVitest(process.env),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        REPORT_CONTENT_DIR: 'sections',
        REPORT_FIGURES_FILE: 'figures.yaml',
      },
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
  });

  afterAll(async () => {
    socket?.close();
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      process.kill(-server.pid, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-server!.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('serves the valid part', async () => {
    await until('page of the valid part', () => servedWhole('/zh/sections/sample/'));
    // The browser's side of the overlay: the page's /@vite/client opens this socket.
    socket = new WebSocket(`${origin.replace('http', 'ws')}/`, 'vite-hmr');
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      if (message.type === 'error') overlays.push(message.err);
    });
    await new Promise((open, fail) => {
      socket!.addEventListener('open', open);
      socket!.addEventListener('error', () => fail(new Error('the HMR socket did not open')));
    });
  }, PATIENCE + 10_000);

  it('answers 500 and overlays the file, line and column once the Chinese half is removed', async () => {
    save('sections/sample.mdx', BROKEN);
    const overlay = await overlayNaming(PROBLEM);
    expect(overlay.loc).toEqual({ file: join(copy, 'sections/sample.mdx'), line: 12, column: 1 });
    expect(output, 'the terminal says it too').toContain(PROBLEM);
  }, PATIENCE + 10_000);

  it('serves the part again once the file is fixed', async () => {
    save('sections/sample.mdx', VALID);
    // The Chinese half too: a 200 alone could be the page of the broken file, built before the store reloaded.
    await until('page with the Chinese half back', () => servedWhole('/zh/sections/sample/'));
  }, PATIENCE + 10_000);

  it('overlays the figures file\'s line and column once a figure\'s value is broken, and serves the part once it is fixed', async () => {
    save('figures.yaml', BROKEN_FIGURES);
    const overlay = await overlayNaming(FIGURE_PROBLEM);
    expect(overlay.loc).toEqual({ file: join(copy, 'figures.yaml'), line: 11, column: 10 });
    save('figures.yaml', VALID_FIGURES);
    // The Chinese half too: a 200 alone could be the page of the broken file, built before the store reloaded.
    await until('page with the Chinese half back', () => servedWhole('/zh/sections/sample/'));
  }, PATIENCE + 10_000);
});

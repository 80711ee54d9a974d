/**
 * Shared pieces of `npm run bench`: a served build, a browser, and a way to
 * load a page and count what it fetched (bytes gzip-compressed, as a static
 * host would send them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export interface BenchContext {
  baseURL: string;
  browser: Browser;
}

export interface BenchTable {
  title: string;
  rows: Record<string, string | number>[];
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Serves dist/ (or `outDir`, as OUT_DIR) with `astro preview` and resolves once it answers. */
export async function startPreview(port: number, outDir?: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('npm', ['run', 'preview', '--', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
    env: outDir ? { ...process.env, OUT_DIR: outDir } : process.env,
  });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}en/`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

export interface LoadedResource {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
}

/** Records every response a page receives while `action` runs. */
export async function recordResponses(page: Page, action: () => Promise<unknown>): Promise<LoadedResource[]> {
  const pending: Promise<LoadedResource | null>[] = [];
  const listener = (response: import('@playwright/test').Response) => {
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          type: response.request().resourceType(),
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => null),
    );
  };
  page.on('response', listener);
  await action();
  page.off('response', listener);
  return (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null);
}

export function sumBy(resources: LoadedResource[], type: string): number {
  return resources.filter((r) => r.type === type).reduce((n, r) => n + r.gzip, 0);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

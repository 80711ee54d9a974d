/** Reading a built site from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from '../../src/lib/link-check';

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Every file as its URL path under `base`, and every HTML page with its content. */
export function readBuiltSite(dir: string, base: string): { files: Set<string>; pages: BuiltPage[] } {
  const root = base.endsWith('/') ? base : `${base}/`;
  const all = listFiles(dir);
  const urlOf = (file: string) => root + relative(dir, file).split(sep).join('/');
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: urlOf(f).replace(/index\.html$/, ''), html: readFileSync(f, 'utf8') }));
  return { files: new Set(all.map(urlOf)), pages };
}

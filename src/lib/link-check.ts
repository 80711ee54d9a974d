/**
 * Finds internal links of a built site that lead nowhere: a missing page or
 * file, or a #fragment with no element of that id. External and special
 * links (mailto:, data:) are not followed.
 */

export interface BuiltPage {
  /** The page's URL path, e.g. "/esg/en/" or "/esg/404.html". */
  path: string;
  html: string;
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

const ATTRIBUTES = /\s(?:href|src)="([^"]*)"/g;

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

export function linksOf(html: string): string[] {
  // Only what a reader or browser follows: not <link rel=canonical>/alternate (absolute site URLs) nor preloads.
  return [...html.matchAll(ATTRIBUTES)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Resolves where a path is served from: "/a/" is "/a/index.html". */
export function servedPath(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

export function checkLinks(pages: BuiltPage[], files: Set<string>, base: string): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [servedPath(p.path), p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const here = new URL(page.path, 'http://site.invalid');
    for (const href of linksOf(page.html)) {
      if (!href || /^(?:[a-z]+:)?\/\//i.test(href) || /^(?:mailto|tel|data|blob|javascript):/i.test(href)) continue;
      const target = new URL(href, here);
      if (target.origin !== here.origin) continue;
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) {
        broken.push({ from: page.path, href, reason: `outside the base path ${base}` });
        continue;
      }
      const file = servedPath(path);
      if (!files.has(file)) {
        broken.push({ from: page.path, href, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment) {
        const targetPage = byPath.get(file);
        if (targetPage && !idsOf(targetPage.html).has(fragment)) broken.push({ from: page.path, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}

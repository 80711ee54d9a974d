import { describe, expect, it } from 'vitest';
import { checkLinks, linksOf, servedPath } from '../../src/lib/link-check';

const pages = [
  { path: '/esg/en/', html: '<a href="/esg/zh/#p1">zh</a> <a href="sections/x/">x</a> <img src="/esg/logo.svg"> <a href="https://example.org/">out</a>' },
  { path: '/esg/zh/', html: '<p id="p1">段落</p><a href="/esg/en/#missing">en</a><a href="../nowhere/">gone</a>' },
  { path: '/esg/en/sections/x/', html: '<a href="/other/">outside</a><a href="#top">top</a><h1 id="top">x</h1>' },
];
const files = new Set(['/esg/en/index.html', '/esg/zh/index.html', '/esg/en/sections/x/index.html', '/esg/logo.svg']);

describe('link check', () => {
  it('reads hrefs and srcs, and serves directories from index.html', () => {
    expect(linksOf('<a href="a?b=1&amp;c=2"></a><script src="s.js"></script>')).toEqual(['a?b=1&c=2', 's.js']);
    expect(servedPath('/esg/en/')).toBe('/esg/en/index.html');
  });

  it('finds missing pages, missing anchors and links outside the base path, and nothing else', () => {
    expect(checkLinks(pages, files, '/esg/')).toEqual([
      { from: '/esg/zh/', href: '/esg/en/#missing', reason: 'no element with id "missing"' },
      { from: '/esg/zh/', href: '../nowhere/', reason: 'no such page or file' },
      { from: '/esg/en/sections/x/', href: '/other/', reason: 'outside the base path /esg/' },
    ]);
  });
});

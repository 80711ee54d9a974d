import { describe, expect, it } from 'vitest';
import { likelyAddress } from '../../src/lib/likely-address';

const PAGES = ['', 'report/', 'figures/', 'sections/introduction/', 'sections/closing/'];

describe('likelyAddress', () => {
  it('adds the final slash a hand-typed address lacks', () => {
    expect(likelyAddress('/', '/en', PAGES)).toBe('/en/');
    expect(likelyAddress('/', '/zh/sections/closing', PAGES)).toBe('/zh/sections/closing/');
  });

  it('forgives case, a stray index.html and a view spelt another way', () => {
    expect(likelyAddress('/', '/EN/Report/', PAGES)).toBe('/en/report/');
    expect(likelyAddress('/', '/en/figures/index.html', PAGES)).toBe('/en/figures/');
    expect(likelyAddress('/', '/zh-CN/report/', PAGES)).toBe('/zh/report/');
    expect(likelyAddress('/', '/chinese/', PAGES)).toBe('/zh/');
    expect(likelyAddress('/', '/bilingual/sections/introduction/', PAGES)).toBe('/en-zh/sections/introduction/');
    expect(likelyAddress('/', '/%E4%B8%AD%E6%96%87/', PAGES)).toBe('/zh/');
  });

  it('puts a page named without its view or its "sections/" in the reader\'s view', () => {
    expect(likelyAddress('/', '/sections/closing/', PAGES)).toBe('/en/sections/closing/');
    expect(likelyAddress('/', '/closing', PAGES, 'zh')).toBe('/zh/sections/closing/');
    expect(likelyAddress('/', '/en-zh/closing/', PAGES)).toBe('/en-zh/sections/closing/');
  });

  it('works under a sub-path', () => {
    expect(likelyAddress('/esg/report/', '/esg/report/en', PAGES)).toBe('/esg/report/en/');
    expect(likelyAddress('/esg/report', '/esg/report/zh-hans/figures', PAGES)).toBe('/esg/report/zh/figures/');
  });

  it('offers nothing for an address it cannot place, or for a page that exists', () => {
    expect(likelyAddress('/', '/en/sections/nowhere/', PAGES)).toBeNull();
    expect(likelyAddress('/', '/wp-admin/', PAGES)).toBeNull();
    expect(likelyAddress('/', '/en/report/', PAGES)).toBeNull();
    expect(likelyAddress('/', '/%E0%A4%A/', PAGES)).toBeNull();
  });

  it('offers a view\'s home for an unknown page named under a known view only when nothing follows the view', () => {
    expect(likelyAddress('/', '/en/nowhere/', PAGES)).toBeNull();
    expect(likelyAddress('/', '/cn', PAGES)).toBe('/zh/');
  });
});

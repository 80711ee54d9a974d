import { describe, expect, it } from 'vitest';
import { isView, langsOf, pageLang, splitViewPath, viewOfPath, viewPath } from '../../src/lib/views';
import { paragraphHref, sectionRest, viewPaths } from '../../src/lib/paths';
import { textFor, ui } from '../../src/lib/ui-text';

describe('views', () => {
  it('name the languages each view shows and the page language', () => {
    expect(langsOf('en')).toEqual(['en']);
    expect(langsOf('zh')).toEqual(['zh']);
    expect(langsOf('en-zh')).toEqual(['en', 'zh']);
    expect(pageLang('zh')).toBe('zh');
    expect(pageLang('en-zh')).toBe('en');
    expect(isView('fr')).toBe(false);
  });

  it('build and split paths at the root and under a sub-path', () => {
    expect(viewPath('/', 'zh', 'report/')).toBe('/zh/report/');
    expect(viewPath('/reports/esg', 'en-zh')).toBe('/reports/esg/en-zh/');
    expect(splitViewPath('/reports/esg/', '/reports/esg/zh/sections/closing/')).toEqual({ view: 'zh', rest: 'sections/closing/' });
    expect(splitViewPath('/', '/404.html')).toBeNull();
    expect(splitViewPath('/sub/', '/other/en/')).toBeNull();
    expect(viewOfPath('/', '/en/figures/')).toBe('en');
    expect(viewOfPath('/', '/')).toBe('en-zh');
  });

  it('link paragraphs on their section pages', () => {
    expect(sectionRest('closing')).toBe('sections/closing/');
    expect(paragraphHref('/', 'zh', 'closing', 'closing-source')).toBe('/zh/sections/closing/#closing-source');
    expect(viewPaths().map((p) => p.params.view)).toEqual(['en', 'zh', 'en-zh']);
  });

  it('word the site in each view', () => {
    expect(ui('sectionOf', 'en', { n: 2, total: 6 })).toBe('Part 2 of 6');
    expect(ui('sectionOf', 'zh', { n: 2, total: 6 })).toBe('第2部分，共6部分');
    expect(textFor({ en: 'Key figures', zh: '关键数据' }, 'en-zh')).toBe('Key figures · 关键数据');
    expect(textFor({ en: 'Key figures', zh: '关键数据' }, 'zh')).toBe('关键数据');
  });
});

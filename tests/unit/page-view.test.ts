import { describe, expect, it } from 'vitest';
import { pageView, pageViewOf } from '../../src/lib/page-view';

describe('page view (Astro.locals.page)', () => {
  it('reads the view, its languages and the path inside it, under a sub-path too', () => {
    const zh = pageViewOf('/esg/report/', '/esg/report/zh/sections/closing/');
    expect([zh.view, zh.langs, zh.lang, zh.rest]).toEqual(['zh', ['zh'], 'zh', 'sections/closing/']);
    expect(zh.href('figures/')).toBe('/esg/report/zh/figures/');
    const both = pageViewOf('/', '/en-zh/');
    expect([both.view, both.langs, both.lang, both.rest]).toEqual(['en-zh', ['en', 'zh'], 'en', '']);
    expect(both.text({ en: 'Print', zh: '打印' })).toBe('Print · 打印');
  });

  it('reads pages outside the views side by side, and refuses them a link within a view', () => {
    const notFound = pageViewOf('/', '/404/');
    expect([notFound.view, notFound.rest]).toEqual(['en-zh', null]);
    expect(() => notFound.href('figures/')).toThrow(/outside the views/);
  });

  it('names the component and the fix when the middleware did not run', () => {
    expect(() => pageView({}, 'Pair.astro')).toThrow(/Pair\.astro needs to know the page's view/);
    const page = pageViewOf('/', '/en/');
    expect(pageView({ page }, 'Pair.astro')).toBe(page);
  });
});

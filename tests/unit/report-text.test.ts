/** The site's text is the published report's, paragraph by paragraph, in both languages. */
import { describe, expect, it } from 'vitest';
import { realContent, siteParagraphs } from '../helpers/content';
import { sourcePairs } from '../helpers/source-text';

describe('report text', () => {
  it('passes every content rule', () => {
    expect(realContent().errors).toEqual([]);
  });

  it('has the 26 pairs of the source, in order, verbatim in both languages', () => {
    const source = sourcePairs();
    expect(source).toHaveLength(26);
    const site = siteParagraphs().map(({ en, zh }) => ({ en, zh }));
    // A trailing space after one Chinese paragraph is the only white space trimmed.
    expect(site).toEqual(source.map(({ en, zh }) => ({ en, zh: zh.trim() })));
  });

  it('keeps the hosting page news list out', () => {
    const all = siteParagraphs().map((p) => p.zh).join('\n');
    expect(all).not.toContain('书赞桉诺');
    expect(all).not.toContain('亨通');
  });

  it('gives every paragraph an id shared by both languages, unique across the report', () => {
    const ids = siteParagraphs().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(26);
  });
});

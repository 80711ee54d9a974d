import { describe, expect, it } from 'vitest';
import { figures } from '../../content/figures';
import { searchAliases } from '../../content/search-aliases';
import { aliasesFor, figureSearchContent, numberForms, phraseNumbers } from '../../src/lib/search-records';
import { MAX_QUERY_LENGTH, normaliseQuery, queryVariants } from '../../src/lib/search-query';

const figure = (id: string) => figures.find((f) => f.id === id)!;

describe('search records of figures', () => {
  it('hold the number with and without separators', () => {
    expect(numberForms(38333)).toEqual(['38333', '38,333']);
    expect(numberForms(14.2)).toEqual(['14.2']);
    expect(numberForms(null)).toEqual([]);
    expect(phraseNumbers('38,333吉焦(GJ)')).toEqual(['38333']);
  });

  it('hold the unit in both languages and the aliases readers use', () => {
    const content = figureSearchContent(figure('rto-heat-recovery'), 'en', searchAliases);
    for (const word of ['38333', '38,333', 'GJ', 'gigajoules', '吉焦']) expect(content).toContain(word);
    expect(aliasesFor(figure('su7-recycled-aluminum'), searchAliases)).toEqual(
      expect.arrayContaining(['aluminium', '再生铝']),
    );
    expect(aliasesFor(figure('rd-expenses'), searchAliases)).toEqual(expect.arrayContaining(['研发投入', 'research and development']));
    expect(aliasesFor(figure('rd-expenses'), searchAliases)).not.toContain('GJ');
  });
});

describe('search queries', () => {
  it('are trimmed, collapsed and capped', () => {
    expect(normaliseQuery('  R&D \n  expenses ')).toBe('R&D expenses');
    expect(normaliseQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery('     ')).toBe('');
  });

  it('lose lone surrogates but keep whole characters', () => {
    expect(normaliseQuery('a\uD800b')).toBe('ab');
    expect(normaliseQuery('🌱 再生铝')).toBe('🌱 再生铝');
    expect(normaliseQuery('😀'.repeat(150))).toBe('😀'.repeat(100));
  });

  it('also search numbers without their separators', () => {
    expect(queryVariants('38,333')).toEqual(['38,333', '38333']);
    expect(queryVariants('2,471 tCO2e')).toEqual(['2,471 tCO2e', '2471 tCO2e']);
    expect(queryVariants('GJ')).toEqual(['GJ']);
  });
});

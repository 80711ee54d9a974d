import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, excerptAnswers, excerptScore, fillQuery, normaliseQuery, queryVariants } from '../../src/lib/search-query';

describe('search queries', () => {
  it('drops zero-width and bidirectional controls that split a word', () => {
    expect(normaliseQuery('gr\u200Been electricity')).toBe('green electricity');
    expect(normaliseQuery('\u202E100W\u202C\uFEFF')).toBe('100W');
    expect(normaliseQuery('再\u2066生\u2069铝')).toBe('再生铝');
  });

  it('folds full-width digits and letters as the report prints them', () => {
    expect(normaliseQuery('１５％')).toBe('15%');
    expect(normaliseQuery('ＩＳＯ　５０００１')).toBe('ISO 50001');
  });

  it('puts the query into a message as typed, never as a replacement pattern', () => {
    expect(fillQuery('Nothing matches “{query}”.', "$& and $' and $1")).toBe("Nothing matches “$& and $' and $1”.");
  });

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

  it('rank a page whose excerpt says the query’s words whole above one that only begins them', () => {
    const whole = excerptScore('ISO 50001', 'obtained <mark>ISO</mark> <mark>50001</mark> energy management');
    const partial = excerptScore('ISO 50001', '<mark>ISO</mark> 27001 and <mark>50001x</mark>');
    expect(whole).toBe(4);
    expect(partial).toBe(3);
    expect(excerptScore('recycl', 'using <mark>recyclable</mark> aluminium')).toBe(1);
    expect(excerptScore('R&D', 'development (<mark>R&amp;D</mark>) expenses')).toBe(2);
    expect(excerptScore('再生铝', '使用了<mark>再生铝</mark>材料')).toBe(2);
    expect(excerptScore('MiTEE', 'the <mark>MiTEE,</mark> system')).toBe(2);
    expect(excerptScore('MiTEE', 'nothing marked')).toBe(0);
  });

  it('keep a page only where its excerpt marks what was asked', () => {
    expect(excerptAnswers('R&D', 'data subject requests (<mark>DSRs</mark>)')).toBe(false);
    expect(excerptAnswers('R&D', 'development (<mark>R&amp;D</mark>) expenses')).toBe(true);
    expect(excerptAnswers('alumnium', '<mark>and</mark> the')).toBe(false);
    expect(excerptAnswers('alumnium', 'die cast <mark>aluminum</mark>')).toBe(true);
    expect(excerptAnswers('38,333', 'total of <mark>38333</mark> gigajoules')).toBe(true);
    expect(excerptAnswers('再生铝', '<mark>再生</mark><mark>铝</mark>使用率')).toBe(true);
    expect(excerptAnswers('再生铝', '<mark>使用</mark>')).toBe(false);
    expect(excerptAnswers('anything', 'no marks at all')).toBe(true);
  });
});

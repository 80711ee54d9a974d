import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQuery, queryVariants } from '../../src/lib/search-query';

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

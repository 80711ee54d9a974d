import { describe, expect, it } from 'vitest';
import { answerAnchor, hitHref, hitRanges, hitTerms } from '../../src/lib/search-hits';

describe('a page result lands on the block that holds its matches', () => {
  // As Pagefind reports the data security page for "MiTEE".
  const anchors = [
    { id: 'ds-certifications', location: 16 },
    { id: 'figure-iso-certified-facilities', location: 82 },
    { id: 'ds-mitee', location: 94 },
    { id: 'ds-cross-device', location: 156 },
  ];

  it('takes the last anchor that begins at or before a match', () => {
    expect(answerAnchor(anchors, [116])).toBe('ds-mitee');
    expect(answerAnchor(anchors, [16])).toBe('ds-certifications');
    expect(answerAnchor(anchors, [500])).toBe('ds-cross-device');
  });

  it('prefers the block with the most matches, the first on a tie', () => {
    expect(answerAnchor(anchors, [20, 100, 110])).toBe('ds-mitee');
    expect(answerAnchor(anchors, [20, 100])).toBe('ds-certifications');
    expect(answerAnchor([...anchors].reverse(), [20, 100])).toBe('ds-certifications');
  });

  it('gives none where no block comes before the matches', () => {
    expect(answerAnchor(anchors, [3])).toBeNull();
    expect(answerAnchor([], [3])).toBeNull();
    expect(answerAnchor(anchors, [])).toBeNull();
  });
});

describe('the words a result carries to its page', () => {
  it('are cleaned, once each, longest first, and capped', () => {
    expect(hitTerms(['MiTEE', 'mitee', ' privacy\u200B ', ''])).toEqual(['privacy', 'MiTEE']);
    expect(hitTerms(Array.from({ length: 20 }, (_, i) => `w${i}`))).toHaveLength(8);
    expect(hitTerms(['x'.repeat(500)])[0]).toHaveLength(60);
    // Pagefind marks a word with the punctuation beside it.
    expect(hitTerms(['ecosystem,', '（MiTEE）', 'R&D.', '“再生铝”'])).toEqual(['ecosystem', 'MiTEE', 'R&D', '再生铝']);
  });

  it('ride in the link, encoded, before the block to land on', () => {
    expect(hitHref('/en/sections/data-security-and-privacy/', ['MiTEE'], 'ds-mitee')).toBe('/en/sections/data-security-and-privacy/?mark=MiTEE#ds-mitee');
    expect(hitHref('/zh/sections/x/', ['隐私', 'R&D'], null)).toBe(`/zh/sections/x/?mark=${encodeURIComponent('R&D')}&mark=${encodeURIComponent('隐私')}`);
    expect(hitHref('/en/a/#old', [], 'p')).toBe('/en/a/#p');
  });
});

describe('where the words stand in a text', () => {
  it('ignores case and never overlaps', () => {
    expect(hitRanges('MiTEE and mitee', ['mitee'])).toEqual([
      [0, 5],
      [10, 15],
    ]);
    expect(hitRanges('recycled aluminium', ['recycled', 'recycled aluminium'])).toEqual([[0, 18]]);
    expect(hitRanges('小米隐私保护', ['隐私'])).toEqual([[2, 4]]);
  });

  it('reads terms as text, never as patterns', () => {
    expect(hitRanges('a.b and axb', ['a.b'])).toEqual([[0, 3]]);
    expect(hitRanges('cost $& (x)', ['$&', '(x)'])).toEqual([
      [5, 7],
      [8, 11],
    ]);
    expect(hitRanges('anything', ['.*'])).toEqual([]);
    expect(hitRanges('text', [])).toEqual([]);
  });
});

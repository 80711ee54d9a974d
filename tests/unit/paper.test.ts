import { describe, expect, it } from 'vitest';
import { isPaper, likelyPaper, pageArea, settleSizeQueries, sizeQueryHoldsOnPaper } from '../../src/lib/paper';

describe('paper', () => {
  it('measures the page area of A4 and US Letter less the print margins, in CSS pixels', () => {
    const a4 = pageArea('A4');
    const letter = pageArea('Letter');
    // 210 − 32 mm and 297 − 38 mm; 8.5 in − 32 mm and 11 in − 38 mm.
    expect(a4.width).toBeCloseTo(672.8, 1);
    expect(a4.height).toBeCloseTo(978.9, 1);
    expect(letter.width).toBeCloseTo(695.1, 1);
    expect(letter.height).toBeCloseTo(912.4, 1);
  });

  it('guesses Letter for the Americas that use it and the Philippines, A4 elsewhere', () => {
    expect(likelyPaper('en-US')).toBe('Letter');
    expect(likelyPaper('en')).toBe('Letter'); // "en" is most likely en-Latn-US
    expect(likelyPaper('fr-CA')).toBe('Letter');
    expect(likelyPaper('es-MX')).toBe('Letter');
    expect(likelyPaper('en-GB')).toBe('A4');
    expect(likelyPaper('zh-CN')).toBe('A4');
    expect(likelyPaper('zh')).toBe('A4');
    expect(likelyPaper('de')).toBe('A4');
    expect(likelyPaper('not a tag!')).toBe('A4');
    expect(isPaper('Letter')).toBe(true);
    expect(isPaper('letter')).toBe(false);
    expect(isPaper('A3')).toBe(false);
  });

  it('answers media queries of window size as they hold on the page area', () => {
    const a4 = pageArea('A4'); // 673 × 979 px
    expect(sizeQueryHoldsOnPaper('(width>=48rem)', a4)).toBe(false);
    expect(sizeQueryHoldsOnPaper('(width <= 47.99rem)', a4)).toBe(true);
    expect(sizeQueryHoldsOnPaper('(width>=40rem)', a4)).toBe(true);
    expect(sizeQueryHoldsOnPaper('(width<=30rem)', a4)).toBe(false);
    expect(sizeQueryHoldsOnPaper('(min-width: 600px)', a4)).toBe(true);
    expect(sizeQueryHoldsOnPaper('(max-width: 600px)', a4)).toBe(false);
    expect(sizeQueryHoldsOnPaper('(width > 672px)', a4)).toBe(true);
    expect(sizeQueryHoldsOnPaper('(width < 672px)', a4)).toBe(false);
    expect(sizeQueryHoldsOnPaper('(height<=32rem)', a4)).toBe(false);
    expect(sizeQueryHoldsOnPaper('(width >= 40rem) and (height >= 60rem)', a4)).toBe(true);
    expect(sizeQueryHoldsOnPaper('not all and (width>=60rem)', a4)).toBe(true);
    expect(sizeQueryHoldsOnPaper('screen and (width<=60rem)', a4)).toBe(false);
    expect(sizeQueryHoldsOnPaper('print and (width<=60rem)', a4)).toBe(true);
    // Not about size, or not understood: left to the browser.
    expect(sizeQueryHoldsOnPaper('(prefers-color-scheme:dark)', a4)).toBeNull();
    expect(sizeQueryHoldsOnPaper('print', a4)).toBeNull();
    expect(sizeQueryHoldsOnPaper('(width: 40rem)', a4)).toBeNull();
    expect(sizeQueryHoldsOnPaper('(min-width >= 40rem)', a4)).toBeNull();
  });

  it('rewrites a stylesheet’s size queries to print or screen and leaves the others', () => {
    const css = '.a{x:1}@media (width>=48rem){.b{x:2}}@media (width<=47.99rem){.c{x:3}}@media print{.d{x:4}}@media (forced-colors:active){.e{x:5}}';
    expect(settleSizeQueries(css, pageArea('Letter'))).toBe(
      '.a{x:1}@media screen{.b{x:2}}@media print{.c{x:3}}@media print{.d{x:4}}@media (forced-colors:active){.e{x:5}}',
    );
  });
});

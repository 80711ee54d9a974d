import { describe, expect, it } from 'vitest';
import { cssString, printAddress, printDate, printPageName } from '../../src/lib/print';

describe('print helpers', () => {
  it('name a part’s printed pages with a safe CSS identifier', () => {
    expect(printPageName('climate-resilience')).toBe('part-climate-resilience');
    expect(printPageName('a"b;{c}')).toBe('part-abc');
  });

  it('quote text as a CSS string, whatever it holds', () => {
    expect(cssString('Climate resilience · 气候韧性')).toBe('"Climate resilience · 气候韧性"');
    expect(cssString('say "hi" \\ }')).toBe('"say \\"hi\\" \\\\ }"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('</style><script>')).toBe('"\\3c /style>\\3c script>"');
  });

  it('print the page’s own address without its fragment, and the day as YYYY-MM-DD', () => {
    expect(printAddress('https://mirror.test/esg/en/sections/x/?v=1#p3')).toBe('https://mirror.test/esg/en/sections/x/?v=1');
    expect(printAddress('http://localhost:4322/zh/report/')).toBe('http://localhost:4322/zh/report/');
    expect(printDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(printDate(new Date(2025, 11, 31))).toBe('2025-12-31');
  });
});

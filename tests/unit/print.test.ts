import { describe, expect, it } from 'vitest';
import { cssString, printPageName } from '../../src/lib/print';

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
});

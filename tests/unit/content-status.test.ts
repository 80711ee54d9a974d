import { describe, expect, it } from 'vitest';
import { contentError } from '../../src/lib/content-status';

describe('the report loader’s error', () => {
  it('lists every problem once, points Astro at the first, and carries no stack trace', () => {
    const error = contentError(['content/sections/closing.mdx:12:1: Pair "x" has no Chinese half', 'content/sections/closing.mdx:20:3: another']);
    expect(error.message).toBe(
      'The report content has 2 problems:\n  content/sections/closing.mdx:12:1: Pair "x" has no Chinese half\n  content/sections/closing.mdx:20:3: another',
    );
    expect((error as unknown as { loc: { file: string; line: number; column: number } }).loc).toEqual({
      file: expect.stringMatching(/\/content\/sections\/closing\.mdx$/),
      line: 12,
      column: 1,
    });
    expect(error.stack).toBe('');
    expect(error.hint).toContain('npm run check');
  });
});

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSectionFiles } from '../../src/lib/content-files';
import { contentProblems } from '../../src/lib/content-check';
import { ROOT } from '../helpers/content';

const broken = `${ROOT}tests/fixtures/content/broken`;

describe('section files as saved', () => {
  it('accept UTF-8 with or without a byte order mark, and read the same text', () => {
    const text = '---\norder: 1\n---\n<Pair id="a">近12吨</Pair>\n';
    const plain = decodeSource('a.mdx', new TextEncoder().encode(text));
    const withBom = decodeSource('a.mdx', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(plain).toEqual({ source: text });
    expect(withBom).toEqual({ source: text });
  });

  it('name a stray non-UTF-8 byte at its line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\nab'), 0xff, ...new TextEncoder().encode('c\n')]);
    expect(decodeSource('x.mdx', bytes)).toEqual({ error: expect.stringMatching(/^x\.mdx:2:3: the file is not UTF-8: byte 0xFF here/) });
  });

  it('name a file saved as GB18030, and report nothing else about it', () => {
    const problems = contentProblems({ sections: `${broken}/not-utf8`, figures: `${ROOT}tests/fixtures/content/figures.json` }, ROOT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tests\/fixtures\/content\/broken\/not-utf8\/sample\.mdx:6:8: the file is not UTF-8: .* probably saved as GB18030\/GBK/);
  });

  it('refuse a file name with capitals (a section address is its file name)', () => {
    const errors: string[] = [];
    expect(readSectionFiles(`${broken}/upper-case-name`, ROOT, errors)).toEqual([]);
    expect(errors).toEqual([
      'tests/fixtures/content/broken/upper-case-name/Sample.mdx:1:1: a section\'s file name is its address and must be lower case; rename it to sample.mdx',
    ]);
  });

  it('name two files whose names differ only by case, and keep the lower-case one', () => {
    // Made here, not in the repository: a checkout on a case-insensitive disk could not hold both.
    const dir = mkdtempSync(join(tmpdir(), 'case-clash-'));
    try {
      copyFileSync(`${ROOT}tests/fixtures/content/valid/sample.mdx`, join(dir, 'closing.mdx'));
      copyFileSync(`${ROOT}tests/fixtures/content/valid/sample.mdx`, join(dir, 'Closing.mdx'));
      const errors: string[] = [];
      const files = readSectionFiles(dir, dir, errors);
      expect(files.map((f) => f.file)).toEqual(['closing.mdx']);
      expect(errors).toEqual([
        'Closing.mdx:1:1: the name differs from closing.mdx only by upper/lower case; a section\'s address comes from its file name, so keep one of them (in lower case) and delete or merge the other',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

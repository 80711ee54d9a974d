import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-rules';
import { readSectionFiles } from '../../src/integrations/validate-content';
import { ROOT } from '../helpers/content';

const fixtures = `${ROOT}tests/fixtures/content`;
const sampleFigures = JSON.parse(readFileSync(`${fixtures}/figures.json`, 'utf8')) as unknown[];
const check = (dir: string, figures: unknown[] = sampleFigures) => checkContent(readSectionFiles(`${fixtures}/${dir}`, ROOT), figures);
const FILE = (name: string) => `tests/fixtures/content/broken/${name}/sample.mdx`;

describe('content rules', () => {
  it('accept a well-formed part and read its halves as plain text', () => {
    const { errors, sections } = check('valid');
    expect(errors).toEqual([]);
    expect(sections[0].blocks[0].text).toEqual({
      en: 'It saved nearly 12 tons of material.',
      zh: '节省了近12吨材料。',
    });
    expect(sections[0].blocks[0].refs.zh).toEqual([{ id: 'sample-tonnes', text: '近12吨' }]);
  });

  it.each([
    ['missing-zh', 'Pair "sample-pair" has no Chinese half (<Zh>…</Zh>)'],
    ['unknown-figure', '<F id="sample-tonnage"> in "sample-pair" names an unknown figure'],
    ['duplicate-id', 'duplicate id "sample-pair"'],
    ['phrase-absent', 'figure "sample-tonnes" phrase "近12吨" is not in the Chinese half of "sample-pair"'],
    ['invalid-front-matter', 'front matter order: '],
    ['invalid-front-matter', 'front matter title.zh: '],
    ['invalid-front-matter', 'front matter pillars.0: '],
    ['text-outside-pair', 'text outside any <Pair> or <ReportImage>: "A paragraph someone typed'],
  ])('reject %s, naming the file and the problem', (name, message) => {
    const { errors } = check(`broken/${name}`);
    expect(errors.some((e) => e.startsWith(`${FILE(name)}: `) && e.includes(message)), errors.join('\n')).toBe(true);
  });

  it('reject a figure whose qualifier words are not in its paragraph', () => {
    const [figure] = sampleFigures as Record<string, unknown>[];
    const { errors } = check('valid', [
      { ...figure, qualifiers: [{ kind: 'approximately', words: { en: 'about', zh: '约' } }] },
    ]);
    expect(errors).toContain(
      'tests/fixtures/content/valid/sample.mdx: figure "sample-tonnes" qualifier "about" is not in the English half of "sample-pair"',
    );
  });

  it('reject a figure that names a paragraph no section has, or a malformed figure', () => {
    const [figure] = sampleFigures as Record<string, unknown>[];
    const { errors } = check('valid', [{ ...figure, paragraph: 'nowhere' }, { ...figure, id: 'Bad Id', value: 'twelve' }]);
    expect(errors).toContain('content/figures.ts: figure "sample-tonnes" names paragraph "nowhere", which no section has');
    expect(errors.some((e) => e.startsWith('content/figures.ts: figure Bad Id: value:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('content/figures.ts: figure Bad Id: id:'))).toBe(true);
  });

  it('reject a figure phrase that is in the text but not marked with <F>', () => {
    const [figure] = sampleFigures as Record<string, unknown>[];
    const { errors } = check('valid', [figure, { ...figure, id: 'sample-material', phrase: { en: 'material', zh: '材料' }, qualifiers: [] }]);
    expect(errors).toContain(
      'tests/fixtures/content/valid/sample.mdx: figure "sample-material" is not marked in the English half of "sample-pair": wrap "material" in <F id="sample-material">',
    );
  });
});

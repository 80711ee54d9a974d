import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-rules';
import { readSectionFiles } from '../../src/lib/content-files';
import { dataEntries } from '../../src/lib/data-files';
import { ROOT } from '../helpers/content';

const fixtures = `${ROOT}tests/fixtures/content`;
const sampleFigures = JSON.parse(readFileSync(`${fixtures}/figures.json`, 'utf8')) as unknown[];
const check = (dir: string, figures: unknown[] = sampleFigures) => checkContent(readSectionFiles(`${fixtures}/${dir}`, ROOT), dataEntries('content/figures.yaml', figures));
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
    ['missing-zh', '12:1', 'Pair "sample-pair" has no Chinese half: add <Zh>…</Zh>'],
    ['unknown-figure', '12:1', '<F id="sample-tonnage"> in "sample-pair" names an unknown figure'],
    ['duplicate-id', '17:1', 'the id "sample-pair" is already used at tests/fixtures/content/broken/duplicate-id/sample.mdx:12:1'],
    ['phrase-absent', '12:1', 'figure "sample-tonnes" phrase "近12吨" is not in the Chinese half of "sample-pair"'],
    ['invalid-front-matter', '2:1', 'the front matter\'s "order" is wrong: expected a whole number above 0, the part\'s place in the report (1, 2, 3…), found "first"'],
    ['invalid-front-matter', '4:1', 'the front matter has no "title.zh"; add it'],
    ['invalid-front-matter', '3:1', 'the front matter\'s "pillars.0" is wrong: expected E, S or G, found "X"'],
    ['text-outside-pair', '17:1', 'text outside any <Pair> or <ReportImage>: "A paragraph someone typed'],
    ['markdown-link', '13:10', 'the English half of "sample-pair" has a Markdown link: "[saved](javascript:alert(1)". Report text is plain text: remove the link'],
    ['markdown-bold', '13:60', 'has Markdown bold (a pair of asterisks or underscores): "**". Report text is plain text: remove the marks'],
    ['less-than', '13:16', 'has a bare "<" (MDX reads "<" as the start of a tag): "<". Report text is plain text: write it as &lt;'],
    ['unclosed-pair', '12:1', 'this <Pair> is not closed before the next <Pair> at line 16: add </Pair> after its <Zh> half'],
    ['sentence-count', '12:1', 'Pair "sample-pair" has 2 English sentences and 1 Chinese ones, but they are shown side by side one to one. Where a sentence of the half with fewer should be cut in two, write <S /> just after its end. English: 1. "It saved nearly 12 tons of material." 2. "It was reused."'],
  ])('reject %s at its line and column, naming the problem', (name, at, message) => {
    const { errors } = check(`broken/${name}`);
    expect(errors.some((e) => e.startsWith(`${FILE(name)}:${at}: `) && e.includes(message)), errors.join('\n')).toBe(true);
  });

  it('take an editor’s sentence break <S />, which adds no text', () => {
    const { errors, sections } = check('sentence-break');
    expect(errors).toEqual([]);
    expect(sections[0].blocks[0].text.zh).toBe('节省了近12吨材料,并被再利用。');
    expect(sections[0].blocks[0].breaks.zh).toEqual([10]);
  });

  it('report a missing half once, not again for each figure of its paragraph', () => {
    expect(check('broken/missing-zh').errors).toHaveLength(1);
  });

  it('report an unclosed pair once, not again as a paragraph no section has', () => {
    expect(check('broken/unclosed-pair').errors).toHaveLength(1);
  });

  it('reject a figure whose qualifier words are not in its paragraph', () => {
    const [figure] = sampleFigures as Record<string, unknown>[];
    const { errors } = check('valid', [
      { ...figure, qualifiers: [{ kind: 'approximately', words: { en: 'about', zh: '约' } }] },
    ]);
    expect(errors).toContain(
      'tests/fixtures/content/valid/sample.mdx:12:1: figure "sample-tonnes" qualifier "about" is not in the English half of "sample-pair"',
    );
  });

  it('reject a figure that names a paragraph no section has, or a malformed figure', () => {
    const [figure] = sampleFigures as Record<string, unknown>[];
    const { errors } = check('valid', [{ ...figure, paragraph: 'nowhere' }, { ...figure, id: 'Bad Id', value: 'twelve' }]);
    expect(errors).toContain('content/figures.yaml: figure "sample-tonnes" names paragraph "nowhere", which no section has');
    expect(errors).toContain('content/figures.yaml: figure "Bad Id": its "value" is wrong: expected number, found "twelve"');
    // Said once, though both halves name a figure that is not there.
    const alone = check('valid', [{ ...figure, id: 'Bad Id' }]).errors;
    expect(alone.filter((e) => e.includes('names an unknown figure'))).toHaveLength(1);
    expect(errors.some((e) => e.startsWith('content/figures.yaml: figure "Bad Id": its "id" is wrong: ') && e.endsWith('found "Bad Id"'))).toBe(true);
  });

  it('reject a figure phrase that is in the text but not marked with <F>', () => {
    const [figure] = sampleFigures as Record<string, unknown>[];
    const { errors } = check('valid', [figure, { ...figure, id: 'sample-material', phrase: { en: 'material', zh: '材料' }, qualifiers: [] }]);
    expect(errors).toContain(
      'tests/fixtures/content/valid/sample.mdx:12:1: figure "sample-material" is not marked in the English half of "sample-pair": wrap "material" in <F id="sample-material">',
    );
  });
});

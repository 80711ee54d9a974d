import { describe, expect, it } from 'vitest';
import { firstDifference, parsePublishedText, verbatimProblems } from '../../src/lib/published-text';

const published = parsePublishedText('It saved nearly\n12 tons of material.\n节省了近12吨材料。 \nThe end.\n(使用AI翻译)\nNews list\n');
const site = (en: string, zh = '节省了近12吨材料。') => [
  { id: 'sample-pair', at: 'content/sections/sample.mdx:12:1', en, zh },
  { id: 'sample-end', at: 'content/sections/sample.mdx:17:1', en: 'The end.', zh: '(使用AI翻译)' },
];

describe('the published text', () => {
  it('joins hard-wrapped English lines, pairs each with its Chinese line and stops at the report’s end', () => {
    expect(published).toEqual([
      { en: 'It saved nearly 12 tons of material.', zh: '节省了近12吨材料。' },
      { en: 'The end.', zh: '(使用AI翻译)' },
    ]);
  });

  it('finds nothing when every paragraph is the published one', () => {
    expect(verbatimProblems(site('It saved nearly 12 tons of material.'), published)).toEqual([]);
  });

  it('names the pair, its line and the first difference of a changed word, with 20 characters before it', () => {
    expect(verbatimProblems(site('It saved nearly 12 tonnes of material.'), published)).toEqual([
      'content/sections/sample.mdx:12:1: the English of "sample-pair" is not the published text. Published: "…saved nearly 12 tons of material."; here: "…saved nearly 12 tonnes of material.". Copy the published words exactly.',
    ]);
    expect(firstDifference('a'.repeat(30) + 'XYZ' + 'b'.repeat(30), 'a'.repeat(30) + 'XQZ' + 'b'.repeat(30))).toEqual({
      published: `…${'a'.repeat(19)}XYZ${'b'.repeat(18)}…`,
      site: `…${'a'.repeat(19)}XQZ${'b'.repeat(18)}…`,
    });
  });

  it('names a Chinese change and a missing paragraph', () => {
    const problems = verbatimProblems(site('It saved nearly 12 tons of material.', '节省了近12吨的材料。').slice(0, 1), published);
    expect(problems[0]).toMatch(/^content\/sections\/sample\.mdx:12:1: the Chinese of "sample-pair" is not the published text/);
    expect(problems[1]).toMatch(/the published excerpt has 2 paragraphs, the site 1; the first missing one begins "The end\."/);
  });
});

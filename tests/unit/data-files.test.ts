import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/lib/content-check';
import { figureSchema } from '../../src/lib/figures';
import { readDataFile, validEntries } from '../../src/lib/data-files';
import { ROOT } from '../helpers/content';

const DIR = join(ROOT, 'test-results/data-files');
const SAMPLE = `- id: sample-tonnes
  section: sample
  paragraph: sample-pair
  label:
    en: Material saved
    zh: 节省的材料
  unit:
    en: tons
    zh: 吨
  value: 12
  qualifiers:
    - kind: nearly
      words:
        en: nearly
        zh: 近
  period: null
  phrase:
    en: nearly 12 tons
    zh: 近12吨
`;

/** Writes `text` as a data file made for this test and reads it as the build does. */
function read(name: string, text: string | Uint8Array) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, name), text);
  const data = readDataFile(join(DIR, name), ROOT);
  const errors = [...data.errors];
  const valid = validEntries(data, figureSchema, 'figure', errors);
  return { data, errors, valid };
}

describe('data files (content/figures.yaml, content/charts.yaml)', () => {
  it('read a well-formed file in its order, with the place of each value', () => {
    const { data, errors, valid } = read('good.yaml', SAMPLE);
    expect(errors).toEqual([]);
    expect(valid.map(({ entry }) => entry.id)).toEqual(['sample-tonnes']);
    expect(data.at([0, 'value'])).toBe('test-results/data-files/good.yaml:10:10');
    expect(data.at([0, 'qualifiers', 0, 'words', 'zh'])).toBe('test-results/data-files/good.yaml:15:13');
    // A key that is not written points at the entry that lacks it.
    expect(data.at([0, 'missing'])).toBe('test-results/data-files/good.yaml:1:3');
  });

  it('name a wrong value at its line and column, in an editor’s words', () => {
    const { errors } = read('wrong-value.yaml', SAMPLE.replace('value: 12', 'value: twelve'));
    expect(errors).toEqual(['test-results/data-files/wrong-value.yaml:10:10: figure "sample-tonnes": its "value" is wrong: expected number, found "twelve"']);
  });

  it('name a missing key and a key a figure does not take', () => {
    const { errors } = read('keys.yaml', SAMPLE.replace('  period: null\n', '  periode: null\n'));
    expect(errors).toEqual([
      'test-results/data-files/keys.yaml:1:3: figure "sample-tonnes": has no "period"; add it (see the other entries for its form)',
      'test-results/data-files/keys.yaml:16:12: figure "sample-tonnes": "periode" is not a key a figure takes; correct its name (see the other entries) or remove it',
    ]);
  });

  it('name a second figure with the same id at both places', () => {
    const { errors, valid } = read('twice.yaml', `${SAMPLE}\n${SAMPLE}`);
    expect(valid).toHaveLength(1);
    expect(errors).toEqual([
      'test-results/data-files/twice.yaml:21:7: the figure id "sample-tonnes" is already used at test-results/data-files/twice.yaml:1:7; give this figure an id of its own',
    ]);
  });

  it('name a YAML slip at its line, with what usually causes it', () => {
    const { errors } = read('indent.yaml', SAMPLE.replace('    zh: 节省的材料', '   zh: 节省的材料'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^test-results\/data-files\/indent\.yaml:6:\d+: YAML cannot read this: .*Check the indentation/);
  });

  it('name a file that is not a list, and one that is not UTF-8', () => {
    expect(read('map.yaml', 'id: sample\n').errors).toEqual(['test-results/data-files/map.yaml:1:1: expected a list of entries, each starting with "- id:" at the start of a line']);
    const gb18030 = new Uint8Array([...new TextEncoder().encode(SAMPLE.slice(0, 60)), 0xbd, 0xda, 0xca, 0xa1]);
    expect(read('gb.yaml', gb18030).errors[0]).toMatch(/^test-results\/data-files\/gb\.yaml:3:23: the file is not UTF-8/);
  });

  it('check sections against the figures file, pointing at the figure’s line', () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, 'elsewhere.yaml'), SAMPLE.replace('paragraph: sample-pair', 'paragraph: nowhere'));
    const problems = contentProblems({ sections: join(ROOT, 'tests/fixtures/content/valid'), figures: join(DIR, 'elsewhere.yaml') }, ROOT);
    expect(problems).toContain('test-results/data-files/elsewhere.yaml:3:14: figure "sample-tonnes" names paragraph "nowhere", which no section has');
  });

  it('point a chart’s problem at its line in the charts file', () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, 'figures.yaml'), SAMPLE);
    writeFileSync(
      join(DIR, 'charts.yaml'),
      `- id: sample-chart
  kind: compare
  paragraph: sample-pair
  title: { en: Saved, zh: 节省 }
  takeaway: { en: "It saved 12 tons.", zh: "{sample-tonnes}" }
  unit: { en: tons, zh: 吨 }
  bars:
    - figure: sample-tons
      label: { en: Saved, zh: 节省 }
`,
    );
    const problems = contentProblems({ sections: join(ROOT, 'tests/fixtures/content/valid'), figures: join(DIR, 'figures.yaml'), charts: join(DIR, 'charts.yaml') }, ROOT);
    expect(problems).toEqual([
      'test-results/data-files/charts.yaml:8:15: chart "sample-chart": unknown figure "sample-tons"; use the id of a figure in content/figures.yaml',
      'test-results/data-files/charts.yaml:5:19: chart "sample-chart": takeaway (en) types a number; write {figure-id} instead',
    ]);
  });
});

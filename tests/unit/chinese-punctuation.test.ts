import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts, figures } from '../helpers/content';
import { buildChartSpec } from '../../src/lib/chart-spec';
import { halfWidthBesideChinese } from '../../src/lib/chinese-punctuation';
import { UI } from '../../src/lib/ui-text';
import { ROOT, realContent } from '../helpers/content';

/** Every string under a `zh` key, with its path, skipping keys that hold the report's own words. */
function chineseStrings(value: unknown, path: string, skip: ReadonlySet<string>): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => chineseStrings(item, `${path}[${i}]`, skip));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (skip.has(key)) return [];
    if (key === 'zh' && typeof inner === 'string') return [{ path: `${path}.zh`, text: inner }];
    return chineseStrings(inner, `${path}.${key}`, skip);
  });
}

const offences = (strings: { path: string; text: string }[]) =>
  strings.flatMap(({ path, text }) => halfWidthBesideChinese(text).map((pair) => `${path}: "${pair}" in "${text}"`));

describe('halfWidthBesideChinese', () => {
  it('finds a half-width mark on either side of a Chinese character', () => {
    expect(halfWidthBesideChinese('第5部分,共6部分')).toEqual(['分,']);
    expect(halfWidthBesideChinese('光伏(计划)')).toEqual(['伏(', '划)']);
    expect(halfWidthBesideChinese('来源:报告')).toEqual(['源:']);
    expect(halfWidthBesideChinese('好吗?好!')).toEqual(['吗?', '好!']);
  });

  it('leaves full-width marks, numbers and Latin text alone', () => {
    expect(halfWidthBesideChinese('第5部分，共6部分（计划）：是！')).toEqual([]);
    expect(halfWidthBesideChinese('38,333 GJ (RTO): 15%, 100W!')).toEqual([]);
    expect(halfWidthBesideChinese('研发费用、38,333、再生铝')).toEqual([]);
  });
});

describe("the site's own Chinese uses full-width punctuation", () => {
  it('in the interface text', () => {
    expect(offences(chineseStrings(UI, 'UI', new Set()))).toEqual([]);
  });

  it("in figure labels, units and notes (a figure's phrase is the report's and stays as published)", () => {
    expect(offences(chineseStrings(figures, 'figures', new Set(['phrase', 'words'])))).toEqual([]);
  });

  it("in chart titles, takeaways, bar labels and the text a chart is described by", () => {
    expect(offences(chineseStrings(charts, 'charts', new Set()))).toEqual([]);
    const described = charts.map((chart) => ({ path: `chart ${chart.id}`, text: buildChartSpec(chart, figures, ['zh']).description }));
    // A figure's phrase stands in the description as published: take it out before looking.
    const phrases = figures.map((figure) => figure.phrase.zh);
    expect(offences(described.map(({ path, text }) => ({ path, text: phrases.reduce((rest, phrase) => rest.replaceAll(phrase, ''), text) })))).toEqual([]);
  });

  it("in each part's summary, and in a title the site wrote", () => {
    const strings = realContent().sections.flatMap((section) => [
      { path: `${section.file} summary`, text: section.data.summary.zh },
      ...(section.data.titleIsReportText ? [] : [{ path: `${section.file} title`, text: section.data.title.zh }]),
    ]);
    expect(strings.length).toBeGreaterThan(0);
    expect(offences(strings)).toEqual([]);
  });

  it('in the text of every template', () => {
    const templates = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? templates(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
      );
    const found = templates(join(ROOT, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => halfWidthBesideChinese(line).map((pair) => `${file.slice(ROOT.length)}:${i + 1}: "${pair}"`)),
    );
    expect(found).toEqual([]);
  });
});

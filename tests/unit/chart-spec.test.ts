import { describe, expect, it } from 'vitest';
import { charts, figures } from '../helpers/content';
import { buildChartSpec, chartTableRows, checkCharts, fillTakeaway, formatNumber } from '../../src/lib/chart-spec';
import type { ChartDefinition } from '../../src/lib/charts';

const chart = (id: string) => charts.find((c) => c.id === id)!;
const figure = (id: string) => figures.find((f) => f.id === id)!;

describe('chart specs', () => {
  it('are all valid against the figures data', () => {
    expect(checkCharts(charts, figures)).toEqual([]);
  });

  it('take their numbers from the figures, with qualifiers as the report writes them', () => {
    const spec = buildChartSpec(chart('factory-photovoltaic-share'), figures, ['en']);
    expect(spec.bars[0].value).toBe(figure('factory-photovoltaic-share').value);
    expect(spec.bars[0].stated).toEqual(['approximately 15%']);
    expect(spec.max).toBe(100);
    const zh = buildChartSpec(chart('factory-photovoltaic-share'), figures, ['zh']);
    expect(zh.bars[0].stated).toEqual(['约15%']);
    expect(zh.bars[0].label).toEqual(['光伏（计划）']);
  });

  it('label both languages in the side-by-side view', () => {
    const spec = buildChartSpec(chart('recycled-aluminum'), figures, ['en', 'zh']);
    expect(spec.bars.map((b) => b.label)).toEqual([
      ['Xiaomi YU7 series', '小米YU7系列'],
      ['Xiaomi SU7 series', '小米SU7系列'],
    ]);
    expect(spec.bars.map((b) => b.value)).toEqual([14.2, 19]);
    // A value written alike in both languages is stated once on the bar.
    expect(spec.bars.map((b) => b.stated)).toEqual([['14.2%'], ['19%']]);
    const gdpr = buildChartSpec(chart('data-subject-request-time'), figures, ['en', 'zh']).bars[1];
    expect(gdpr.stated).toEqual(['one month', '一个月']);
    expect(gdpr.label).toEqual(['GDPR']);
    expect(spec.max).toBeNull();
    expect(spec.description).toContain('Xiaomi SU7 series: 19%');
    expect(spec.description).toContain('小米SU7系列：19%');
  });

  it('draw one month as the range of days it covers, and say so', () => {
    const spec = buildChartSpec(chart('data-subject-request-time'), figures, ['en']);
    expect(spec.bars.map((b) => b.value)).toEqual([15, [28, 31]]);
    expect(spec.bars[1].stated).toEqual(['one month']);
    expect(spec.description).toContain('GDPR: one month (one month is 28 to 31 days)');
    const rows = chartTableRows(chart('data-subject-request-time'), figures, 'zh');
    expect(rows).toEqual([
      { label: '小米', stated: '15天', value: '15', period: '' },
      { label: 'GDPR', stated: '一个月（一个月为28至31天）', value: '28–31', period: '' },
    ]);
  });

  it('fill takeaways with the phrases as written', () => {
    expect(fillTakeaway(chart('rd-personnel-share'), figures, 'en')).toBe('25457 R&D personnel account for 45% of the total workforce.');
    expect(fillTakeaway(chart('rd-personnel-share'), figures, 'zh')).toBe('25457名研发人员占总劳动力的45%。');
  });

  it('format numbers per language', () => {
    expect(formatNumber(38333, 'en')).toBe('38,333');
    expect(formatNumber(14.2, 'zh')).toBe('14.2');
  });

  it('refuse unknown figures, mixed units, numbers typed into takeaways and figures from elsewhere', () => {
    const base = chart('recycled-aluminum');
    const broken: ChartDefinition[] = [
      { ...base, id: 'a', bars: [{ figure: 'nope', label: { en: 'x', zh: 'x' } }] },
      { ...base, id: 'b', paragraph: 'cr-factory-efficiency', bars: [{ figure: 'rto-heat-recovery', label: { en: 'x', zh: 'x' } }, { figure: 'hypercasting-electricity-saving', label: { en: 'y', zh: 'y' } }] },
      { ...base, id: 'c', takeaway: { en: 'It is 19%.', zh: '{su7-recycled-aluminum}' } },
      { ...base, id: 'd', bars: [{ figure: 'rd-expenses', label: { en: 'x', zh: 'x' } }] },
    ];
    const errors = checkCharts(broken, figures);
    expect(errors).toContain('content/charts.yaml: chart "a": unknown figure "nope"; use the id of a figure in content/figures.yaml');
    expect(errors.some((e) => e.startsWith('content/charts.yaml: chart "b": figure "rto-heat-recovery" is in "GJ"'))).toBe(true);
    expect(errors).toContain('content/charts.yaml: chart "c": takeaway (en) types a number; write {figure-id} instead');
    expect(errors).toContain('content/charts.yaml: chart "d": figure "rd-expenses" is not stated in paragraph "gp-recycled-materials"');
  });
});

import { describe, expect, it } from 'vitest';
import { charts, figures } from '../helpers/content';
import { buildChartSpec } from '../../src/lib/chart-spec';
import { axisMax, axisTicks, chartSvg } from '../../src/lib/chart-svg';

const spec = (id: string, langs: ('en' | 'zh')[] = ['en']) => buildChartSpec(charts.find((c) => c.id === id)!, figures, langs);

describe('chart drawn as SVG at build time', () => {
  it('states every label and value as text, in each language of the view', () => {
    const svg = chartSvg(spec('recycled-aluminum', ['en', 'zh']));
    for (const text of ['Xiaomi YU7 series', '小米YU7系列', 'Xiaomi SU7 series', '14.2%', '19%']) expect(svg).toContain(`>${text}<`);
    // Chinese marked as Chinese (its type and its reading), English left to the page's language.
    expect(svg).toContain('<tspan lang="zh-CN">小米YU7系列</tspan>');
    expect(svg).not.toContain('<tspan lang="zh-CN">Xiaomi');
    expect(chartSvg(spec('rd-personnel-share', ['en', 'zh']))).toContain('% of the total workforce · <tspan lang="zh-CN">占总劳动力的百分比</tspan>');
  });

  it('draws a planned value as a striped outline, never a solid bar', () => {
    const planned = chartSvg(spec('factory-photovoltaic-share'));
    expect(planned).toContain('chart-svg__planned--1');
    expect(planned).not.toContain('chart-svg__bar--1');
    const achieved = chartSvg(spec('rd-personnel-share'));
    expect(achieved).toContain('chart-svg__bar--1');
    expect(achieved).not.toContain('chart-svg__planned');
  });

  it('hatches the open end of a range', () => {
    const svg = chartSvg(spec('data-subject-request-time'));
    expect(svg.match(/chart-svg__open--\d/g)).toEqual(['chart-svg__open--2']);
  });

  it('draws a share against the whole, a comparison with room for its labels', () => {
    expect(axisMax(spec('rd-personnel-share'))).toBe(100);
    expect(axisTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisMax(spec('data-subject-request-time'))).toBe(50);
    expect(axisTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('escapes text so a label can never become markup', () => {
    const s = spec('rd-personnel-share');
    const svg = chartSvg({ ...s, bars: [{ ...s.bars[0], label: ['<b>&"'] }] });
    expect(svg).toContain('&lt;b&gt;&amp;&quot;');
    expect(svg).not.toContain('<b>');
  });

  it('writes every coordinate to one decimal at most', () => {
    for (const chart of charts) {
      const svg = chartSvg(spec(chart.id, ['en', 'zh']));
      const numbers = [...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|width|height)="([^"]+)"/g)].map((m) => m[1]);
      expect(numbers.length, chart.id).toBeGreaterThan(10);
      expect(numbers.filter((n) => !/^-?\d+(\.\d)?$/.test(n)), chart.id).toEqual([]);
    }
  });

  it('is the same markup every time', () => {
    expect(chartSvg(spec('recycled-aluminum'))).toBe(chartSvg(spec('recycled-aluminum')));
  });
});

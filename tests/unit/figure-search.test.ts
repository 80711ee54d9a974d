import { describe, expect, it } from 'vitest';
import { figures } from '../helpers/content';
import { searchAliases } from '../../content/search-aliases';
import { FigureFinder, figureShards, mergeShards, numbersOf, queryKeys, shardName } from '../../src/lib/figure-search';
import { normaliseText } from '../../src/lib/search-query';
import { figureSearchRecords } from '../../src/lib/figure-search-records';
import { realContent } from '../helpers/content';

const sections = realContent().sections.map((s) => ({ id: s.slug, title: s.data.title, pillars: s.data.pillars }));
const records = figureSearchRecords(figures, sections, searchAliases);
const finder = new FigureFinder(records);
const first = (query: string, filter = {}) => finder.find(query, filter)[0]?.record.id;
const record = (id: string) => records.find((r) => r.id === id)!;

describe('figure search records', () => {
  it('resolve aliases only where the figure says the report’s word as a whole word', () => {
    expect(record('su7-recycled-aluminum').aliases).toEqual(expect.arrayContaining(['aluminium', 'recycled aluminium']));
    expect(record('rd-expenses').aliases).toEqual(expect.arrayContaining(['研发投入', 'spending', 'CNY']));
    // "度电" is not a word of "年度电力需求", nor "R&D" of "Standardized", nor "2nd" of "second-hand".
    expect(record('factory-photovoltaic-share').aliases).not.toContain('度电');
    expect(record('dsr-processing-time').aliases).not.toContain('research and development');
    expect(record('trade-in-smartphones-recycled').aliases).not.toContain('2nd in China');
  });

  it('fail the build on a figure of an unknown section', () => {
    expect(() => figureSearchRecords(figures, sections.slice(1), searchAliases)).toThrow(/names unknown section/);
  });

  it('read numbers as written, separators dropped', () => {
    expect(numbersOf('38,333吉焦(GJ)')).toEqual(['38333']);
    expect(numbersOf('approximately 1.82 million kilowatt hours')).toEqual(['1.82']);
    expect(normaliseText('Ｒ＆Ｄ ３８，３３３')).toBe('rd 38333');
  });
});

describe('finding a figure', () => {
  // What a reader types, and the figure that must come first.
  const CASES: [string, string][] = [
    ['R&D expenses', 'rd-expenses'],
    ['r&d', 'rd-expenses'],
    ['research and development expenses', 'rd-expenses'],
    ['R&D spending', 'rd-expenses'],
    ['研发投入', 'rd-expenses'],
    ['研发费用', 'rd-expenses'],
    ['33.1', 'rd-expenses'],
    ['331亿', 'rd-expenses'],
    ['亿元', 'rd-expenses'],
    ['CNY', 'rd-expenses'],
    ['25457', 'rd-personnel'],
    ['25,457', 'rd-personnel'],
    ['number of R&D staff', 'rd-personnel'],
    ['研发人员数量', 'rd-personnel'],
    ['研发员工', 'rd-personnel'],
    ['R&D share of workforce', 'rd-personnel-share'],
    ['45%', 'rd-personnel-share'],
    ['large models', 'ai-models-launched'],
    ['OpenRouter ranking', 'mimo-openrouter-rank'],
    ['AI index global rank', 'mimo-index-rank-global'],
    ['Artificial Analysis Intelligence Index', 'mimo-index-rank-global'],
    ['全球排名', 'mimo-index-rank-global'],
    ['second in China', 'mimo-index-rank-china'],
    ['ISO 27001', 'iso-certified-facilities'],
    ['100%', 'iso-certified-facilities'],
    ['DSR', 'dsr-processing-time'],
    ['15 days', 'dsr-processing-time'],
    ['15天', 'dsr-processing-time'],
    ['GDPR', 'gdpr-dsr-time-limit'],
    ['DSR response rate', 'dsr-response-rate'],
    ['die-cast aluminium', 'middle-plate-recyclable'],
    ['recyclable aluminium', 'middle-plate-recyclable'],
    ['PCR plastic', 'charger-pcr-plastic'],
    ['30%', 'charger-pcr-plastic'],
    ['recycled aluminium', 'yu7-recycled-aluminum'],
    ['recycled aluminum', 'yu7-recycled-aluminum'],
    ['alumnium', 'middle-plate-recyclable'],
    ['recyled aluminium', 'yu7-recycled-aluminum'],
    ['再生铝', 'yu7-recycled-aluminum'],
    ['14.2', 'yu7-recycled-aluminum'],
    ['SU7 aluminum', 'su7-recycled-aluminum'],
    ['19%', 'su7-recycled-aluminum'],
    ['100W', 'charger-power'],
    ['standby power', 'standby-power-saving'],
    ['EPS per refrigerator', 'eps-reduction-per-refrigerator'],
    ['620', 'eps-reduction-per-refrigerator'],
    ['310', 'eps-annual-reduction'],
    ['styrofoam', 'eps-reduction-per-refrigerator'],
    ['used phones recycled', 'trade-in-smartphones-recycled'],
    ['二手手机', 'trade-in-smartphones-recycled'],
    ['trade-in markets', 'trade-in-markets'],
    ['以旧换新', 'trade-in-smartphones-recycled'],
    ['国家和地区', 'trade-in-countries'],
    ['1.5', 'paris-warming-target'],
    ['1.5°C', 'paris-warming-target'],
    ['38,333', 'rto-heat-recovery'],
    ['38333', 'rto-heat-recovery'],
    ['GJ', 'rto-heat-recovery'],
    ['吉焦', 'rto-heat-recovery'],
    ['waste heat recovery', 'rto-heat-recovery'],
    ['余热回收', 'rto-heat-recovery'],
    ['1.82', 'hypercasting-electricity-saving'],
    ['182万', 'hypercasting-electricity-saving'],
    ['节省的电力', 'hypercasting-electricity-saving'],
    ['2,471', 'logistics-emissions-reduction'],
    ['2471', 'logistics-emissions-reduction'],
    ['tCO2e', 'logistics-emissions-reduction'],
    ['CO2 emissions', 'logistics-emissions-reduction'],
    ['二氧化碳', 'logistics-emissions-reduction'],
    ['kWh', 'standby-power-saving'],
    ['green electricity', 'green-electricity-purchased'],
    ['green power', 'green-electricity-purchased'],
    ['4000万', 'green-electricity-purchased'],
    ['40 million', 'green-electricity-purchased'],
    ['绿电', 'green-electricity-purchased'],
    ['tenfold', 'green-electricity-trading-growth'],
    ['trading volume', 'green-electricity-trading-growth'],
    ['solar', 'factory-photovoltaic-share'],
    ['光伏', 'factory-photovoltaic-share'],
    ['15%', 'factory-photovoltaic-share'],
  ];
  for (const [query, id] of CASES) {
    it(`"${query}" puts ${id} first`, () => expect(first(query)).toBe(id));
  }

  it('ranks the shards of a query’s keys exactly as it ranks every figure', () => {
    const shards = figureShards(records);
    const queries = [...CASES.map(([query]) => query), 'ISO 50001', '15T series', '27701', 'recycled aluminium 2025', 'R&D', '度电', 'kWh', '100%', 'per cent', '百分之十五', '小米的再生铝', 'zzqx'];
    for (const query of queries) {
      const pieces = queryKeys(query).flatMap((key) => (shards.has(key) ? [shards.get(key)!] : []));
      const ids = (f: FigureFinder) => f.find(query).map((m) => `${m.record.id}:${m.score}`);
      expect(ids(new FigureFinder(mergeShards(pieces))), query).toEqual(ids(finder));
    }
  });

  it('files each figure under few keys, so a query fetches a small part of the figures', () => {
    const shards = figureShards(records);
    const fetched = (query: string) => mergeShards(queryKeys(query).map((key) => shards.get(key) ?? [])).length;
    expect(fetched('38,333')).toBeLessThanOrEqual(3);
    expect(fetched('R&D expenses')).toBeLessThan(records.length / 3);
    expect(fetched('再生铝')).toBeLessThan(records.length / 3);
    // Keys become file names: letters and digits as they are, anything else spelled as code points.
    expect(shardName('rd')).toBe('rd');
    expect(shardName('再')).toBe('u518d');
    expect(shardName('%')).toBe('u25');
    expect(shardName('1.')).toBe('u31-u2e');
    expect(new Set([...shards.keys()].map(shardName)).size).toBe(shards.size);
  });

  it('returns every figure that answers as well, in the report’s order', () => {
    expect(finder.find('R&D').map((m) => m.record.id)).toEqual(['rd-expenses', 'rd-personnel', 'rd-personnel-share']);
    expect(finder.find('度电').map((m) => m.record.id)).not.toContain('factory-photovoltaic-share');
  });

  it('never answers a code or number with a figure that does not say it, however well the other words match', () => {
    // ISO 50001 is in a paragraph, not a figure: the ISO 27001 / 27701 figure must not stand before it.
    expect(finder.find('ISO 50001')).toEqual([]);
    expect(finder.find('15T series').map((m) => m.record.id)).toEqual(['middle-plate-recyclable']);
    expect(finder.find('27701').map((m) => m.record.id)).toEqual(['iso-certified-facilities']);
    expect(finder.find('SU7 14.2')).toEqual([]);
    // A year narrows but does not name: figures without a period still answer.
    expect(finder.find('recycled aluminium 2025').map((m) => m.record.id)).toContain('yu7-recycled-aluminum');
  });

  it('narrows by section and by pillar', () => {
    expect(first('kWh', { section: 'climate-resilience' })).toBe('hypercasting-electricity-saving');
    expect(finder.find('100%', { pillar: 'S' }).map((m) => m.record.section)).toEqual(['data-security-and-privacy', 'data-security-and-privacy']);
    expect(finder.find('kWh', { section: 'introduction' })).toEqual([]);
  });

  it('finds nothing for words that name no figure, or for noise', () => {
    for (const query of ['zzqx', 'the', '<script>alert(1)</script>', '.*+?^${}()|[]\\', '🌱', '', '     ', 'x'.repeat(5000)]) {
      expect(finder.find(query), query).toEqual([]);
    }
  });
});

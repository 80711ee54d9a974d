import { describe, expect, it } from 'vitest';
import { atAGlance } from '../../src/data/at-a-glance';
import { figures } from '../helpers/content';
import { figureAnchor, figuresOfParagraph, figuresOfSection, qualifierText } from '../../src/lib/figures';
import { realContent } from '../helpers/content';

const byId = new Map(figures.map((f) => [f.id, f]));

describe('figures data', () => {
  it('has unique ids and every phrase standing, marked, in its paragraph in both languages', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    const blocks = new Map(realContent().sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
    for (const figure of figures) {
      const block = blocks.get(figure.paragraph);
      expect(block, figure.id).toBeDefined();
      for (const lang of ['en', 'zh'] as const) {
        expect(block!.text[lang], `${figure.id} (${lang})`).toContain(figure.phrase[lang]);
        expect(block!.refs[lang].map((r) => r.id), `${figure.id} (${lang})`).toContain(figure.id);
      }
    }
  });

  // The figures the issue names, with the report's own numbers and wording.
  it.each([
    ['rd-expenses', 33_100_000_000, '33.1 billion yuan', '331亿元'],
    ['rd-personnel', 25_457, '25457', '25457'],
    ['rd-personnel-share', 45, '45%', '45%'],
    ['iso-certified-facilities', 100, '100%', '100%'],
    ['dsr-processing-time', 15, '15 days', '15天'],
    ['gdpr-dsr-time-limit', 1, 'one month', '一个月'],
    ['dsr-response-rate', 100, '100%', '100%'],
    ['middle-plate-recyclable', 100, '100%', '100%'],
    ['charger-pcr-plastic', 30, '30%', '30%'],
    ['yu7-recycled-aluminum', 14.2, '14.2%', '14.2%'],
    ['su7-recycled-aluminum', 19, '19%', '19%'],
    ['eps-reduction-per-refrigerator', 620, '620 grams', '620克'],
    ['eps-annual-reduction', 310, 'nearly 310 tons', '近310吨'],
    ['trade-in-smartphones-recycled', 2_000_000, 'more than 2 million', '超过200万部'],
    ['trade-in-markets', 14, '14 markets', '14个市场'],
    ['trade-in-countries', 24, '24 countries and regions', '24个国家和地区'],
    ['rto-heat-recovery', 38_333, '38333 gigajoules (GJ)', '38,333吉焦(GJ)'],
    ['hypercasting-electricity-saving', 1_820_000, 'approximately 1.82 million kilowatt hours', '约182万千瓦时'],
    ['logistics-emissions-reduction', 2_471, 'approximately 2471 tons of carbon dioxide equivalent', '约2,471吨二氧化碳当量'],
    ['green-electricity-purchased', 40_000_000, 'over 40 million kilowatt hours', '超过4000万千瓦时'],
    ['green-electricity-trading-growth', 10, 'more than 10 times', '超过10倍'],
    ['factory-photovoltaic-share', 15, 'approximately 15%', '约15%'],
    ['mimo-openrouter-rank', 1, 'ranked first', '排名第一'],
    ['mimo-index-rank-global', 8, '8th globally', '全球第8'],
    ['mimo-index-rank-china', 2, '2nd in China', '中国第2'],
  ])('states %s as %d ("%s" / "%s")', (id, value, en, zh) => {
    const figure = byId.get(id);
    expect(figure).toBeDefined();
    expect(figure!.value).toBe(value);
    expect(figure!.phrase).toEqual({ en, zh });
  });

  it('keeps the report qualifiers: more than, approximately, nearly, planned, expected', () => {
    expect(qualifierText(byId.get('factory-photovoltaic-share')!, 'en')).toBe('plans · approximately');
    expect(qualifierText(byId.get('factory-photovoltaic-share')!, 'zh')).toBe('计划 · 约');
    expect(byId.get('trade-in-smartphones-recycled')!.qualifiers.map((q) => q.kind)).toEqual(['more-than']);
    expect(byId.get('eps-annual-reduction')!.qualifiers.map((q) => q.kind)).toEqual(['nearly']);
    expect(byId.get('standby-power-saving')!.qualifiers.map((q) => q.kind)).toEqual(['expected']);
    // "hundreds of millions" is not a number: the data does not make one up.
    expect(byId.get('standby-power-saving')!.value).toBeNull();
  });

  it('lists the home page figures from the data', () => {
    for (const id of atAGlance) expect(byId.has(id), id).toBe(true);
  });

  it('selects figures by paragraph and section, and names their cards', () => {
    expect(figuresOfParagraph(figures, 'tg-rd-investment').map((f) => f.id)).toEqual([
      'rd-expenses',
      'rd-personnel',
      'rd-personnel-share',
    ]);
    expect(figuresOfSection(figures, 'climate-resilience').every((f) => f.section === 'climate-resilience')).toBe(true);
    expect(figuresOfSection(figures, 'closing')).toEqual([]);
    expect(figureAnchor('rd-expenses')).toBe('figure-rd-expenses');
  });
});

describe('figures data completeness', () => {
  // Numbers in the text that are names, years or references rather than measured figures.
  const NOT_FIGURES = [
    /\b(?:19|20)\d\d\b|\d{4}年/g, // years and periods: 2025, 2026年
    /ISO \d+/g, // standards
    /MiMo-V2|Mia-V2|15T|K90|YU7|SU7|3R|API/g, // product and model names
    /\b110\b|\b261\b|第110页|第261页/g, // the source note's page range
  ];
  const NUMERAL = /\d+(?:[.,]\d+)*/g;
  // Counts written in words ("three … models", "四个方面") are figures too.
  const NUMBER_WORD = {
    en: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|eighth|hundreds?|thousands?|millions?|billions?|dozens?)\b/gi,
    zh: /[一二两三四五六七八九十百千万亿]+(?:款|个|项|份|倍|名|家|种|部|类|大)|第[一二三四五六七八九十]+/g,
  };
  // Number words that name no quantity: a "world's first" is a claim, "second-hand" a kind, "一个" the article "a".
  const NOT_FIGURE_WORDS = [/world's first/g, /全球首款/g, /second-hand/g, /一个/g];

  it('leaves no numeral or number word in any paragraph that is neither a figure nor a name, year or reference', () => {
    const leftovers: string[] = [];
    for (const section of realContent().sections) {
      for (const block of section.blocks) {
        for (const lang of ['en', 'zh'] as const) {
          let text = block.text[lang];
          for (const figure of figuresOfParagraph(figures, block.id)) text = text.replace(figure.phrase[lang], ' ');
          for (const pattern of NOT_FIGURES) text = text.replace(pattern, ' ');
          for (const match of text.matchAll(NUMERAL)) leftovers.push(`${block.id} (${lang}): ${match[0]}`);
          for (const pattern of NOT_FIGURE_WORDS) text = text.replace(pattern, ' ');
          for (const match of text.matchAll(NUMBER_WORD[lang])) leftovers.push(`${block.id} (${lang}): ${match[0]}`);
        }
      }
    }
    expect(leftovers).toEqual([]);
  });
});

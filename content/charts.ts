/**
 * Charts of the report's figures. In takeaways, {figure-id} stands for the
 * figure's phrase as the report writes it. Numbers come from content/figures.ts by id;
 * only comparisons the report itself makes are drawn (one unit, or a share of
 * a whole). Every other figure stays a card.
 */
import type { ChartDefinition } from '../src/lib/charts';

export const charts: ChartDefinition[] = [
  {
    id: 'rd-personnel-share',
    kind: 'share',
    paragraph: 'tg-rd-investment',
    title: { en: 'R&D personnel in the total workforce', zh: '研发人员占总劳动力的比例' },
    takeaway: {
      en: '{rd-personnel} R&D personnel account for {rd-personnel-share} of the total workforce.',
      zh: '{rd-personnel}名研发人员占总劳动力的{rd-personnel-share}。',
    },
    unit: { en: '% of the total workforce', zh: '占总劳动力的百分比' },
    bars: [{ figure: 'rd-personnel-share', label: { en: 'R&D personnel', zh: '研发人员' } }],
  },
  {
    id: 'data-subject-request-time',
    kind: 'compare',
    paragraph: 'ds-data-subject-requests',
    title: { en: 'Time to handle a data subject request', zh: '数据主体请求的处理时间' },
    takeaway: {
      en: "Xiaomi's standard is {dsr-processing-time}, much faster than the {gdpr-dsr-time-limit} the GDPR requires.",
      zh: '小米的标准为{dsr-processing-time}，比GDPR要求的{gdpr-dsr-time-limit}快得多。',
    },
    unit: { en: 'days', zh: '天' },
    bars: [
      { figure: 'dsr-processing-time', label: { en: 'Xiaomi', zh: '小米' } },
      {
        figure: 'gdpr-dsr-time-limit',
        label: { en: 'GDPR', zh: 'GDPR' },
        range: {
          from: 28,
          to: 31,
          note: { en: 'one month is 28 to 31 days', zh: '一个月为28至31天' },
        },
      },
    ],
  },
  {
    id: 'recycled-aluminum',
    kind: 'compare',
    paragraph: 'gp-recycled-materials',
    title: { en: 'Recycled aluminum utilization rate', zh: '电动汽车的再生铝使用率' },
    takeaway: {
      en: 'The recycled aluminum utilization rate is {yu7-recycled-aluminum} in the Xiaomi YU7 series and {su7-recycled-aluminum} in the Xiaomi SU7 series.',
      zh: '小米YU7系列和小米SU7系列的再生铝使用率分别为{yu7-recycled-aluminum}和{su7-recycled-aluminum}。',
    },
    unit: { en: '%', zh: '%' },
    bars: [
      { figure: 'yu7-recycled-aluminum', label: { en: 'Xiaomi YU7 series', zh: '小米YU7系列' } },
      { figure: 'su7-recycled-aluminum', label: { en: 'Xiaomi SU7 series', zh: '小米SU7系列' } },
    ],
  },
  {
    id: 'factory-photovoltaic-share',
    kind: 'share',
    paragraph: 'cr-green-electricity',
    title: {
      en: 'Planned photovoltaic share of the factory’s annual electricity',
      zh: '工厂年度电力需求中计划由光伏满足的比例',
    },
    takeaway: {
      en: 'By 2026, the smart home appliance factory plans to meet {factory-photovoltaic-share} of its annual electricity demand with directly connected photovoltaic power.',
      zh: '到2026年，小米智能家电工厂计划由直接接入的光伏电力满足其{factory-photovoltaic-share}的年度电力需求。',
    },
    unit: { en: '% of annual electricity demand', zh: '占年度电力需求的百分比' },
    bars: [{ figure: 'factory-photovoltaic-share', label: { en: 'Photovoltaic (planned)', zh: '光伏（计划）' } }],
  },
];

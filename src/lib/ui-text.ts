import type { Bilingual } from './figures';
import type { Lang, View } from './views';

/** Every piece of the site's own wording (not report text), in both languages. */
export const UI = {
  siteTitle: { en: 'Xiaomi ESG Report 2025', zh: '小米2025年ESG报告' },
  siteTagline: {
    en: 'The report excerpt in English and Chinese, with its figures',
    zh: '报告摘录的中英文全文及关键数据',
  },
  /** The whole excerpt's title page: one edition is in one language. */
  excerptTagline: { en: 'The report excerpt, with its figures', zh: '报告摘录及关键数据' },
  skipToContent: { en: 'Skip to content', zh: '跳到正文' },
  home: { en: 'Home', zh: '首页' },
  sections: { en: 'Sections', zh: '章节' },
  fullReport: { en: 'Whole excerpt', zh: '摘录全文' },
  keyFigures: { en: 'Key figures', zh: '关键数据' },
  copyLink: { en: 'Copy link', zh: '复制链接' },
  copyLinkName: { en: 'Copy a link to this paragraph', zh: '复制本段链接' },
  copyLinkSentence: { en: 'Copy a link to the marked sentence', zh: '复制所标记句子的链接' },
  linkCopied: { en: 'Link copied', zh: '链接已复制' },
  keyFiguresAtAGlance: { en: 'Key figures at a glance', zh: '关键数据一览' },
  allKeyFigures: { en: 'All key figures', zh: '全部关键数据' },
  mainNavigation: { en: 'Main', zh: '主导航' },
  siteMap: { en: 'Site map', zh: '网站地图' },
  menu: { en: 'Menu', zh: '菜单' },
  languageView: { en: 'Language', zh: '语言' },
  themeDark: { en: 'Dark theme', zh: '深色主题' },
  contents: { en: 'Contents', zh: '目录' },
  readSection: { en: 'Read the section', zh: '阅读本章' },
  readInContext: { en: 'Read in context', zh: '查看原文' },
  previousSection: { en: 'Previous', zh: '上一章' },
  nextSection: { en: 'Next', zh: '下一章' },
  sectionOf: { en: 'Part {n} of {total}', zh: '第{n}部分，共{total}部分' },
  figuresInSection: { en: 'Figures in this paragraph', zh: '本段数据' },
  period: { en: 'Period', zh: '时间' },
  noNumberStated: { en: 'no exact number stated', zh: '未给出确切数字' },
  illustrationNote: {
    en: 'Illustration: the report’s photograph is not reproduced here.',
    zh: '示意图：此处未收录报告中的照片。',
  },
  sourceNote: {
    en: 'Source: Xiaomi ESG Report 2025. This site reproduces an excerpt; the complete report has the full detail.',
    zh: '来源：小米《2025年ESG报告》。本网站收录其摘录，完整内容请参阅报告全文。',
  },
  pillarE: { en: 'Environmental', zh: '环境' },
  pillarS: { en: 'Social', zh: '社会' },
  pillarG: { en: 'Governance', zh: '治理' },
  notFoundTitle: { en: 'Page not found', zh: '页面未找到' },
  notFoundBody: {
    en: 'This address does not lead to a page of the report. Start again from the home page.',
    zh: '此地址没有对应的报告页面。请从首页重新开始。',
  },
  notFoundLikely: { en: 'Perhaps you meant', zh: '您要找的也许是' },
  chooseLanguage: { en: 'Choose how to read the report', zh: '选择阅读方式' },
  print: { en: 'Print / Save as PDF', zh: '打印 / 存为PDF' },
  charts: { en: 'Charts', zh: '图表' },
  search: { en: 'Search', zh: '搜索' },
  searchNoScript: { en: 'Find a figure', zh: '查找数据' },
  searchLabel: { en: 'Search the report for a figure or a word', zh: '在报告中搜索数据或词语' },
  searchPlaceholder: { en: 'R&D expenses, 38,333, aluminium…', zh: '研发费用、38,333、再生铝……' },
  searchAllSections: { en: 'All sections', zh: '全部章节' },
  searchAllPillars: { en: 'All pillars', zh: '全部维度' },
  searchSectionFilter: { en: 'Section', zh: '章节' },
  searchPillarFilter: { en: 'ESG pillar', zh: 'ESG维度' },
  searchClose: { en: 'Close', zh: '关闭' },
  searchHint: { en: '↑ ↓ to choose, Enter to open, Esc to close', zh: '↑ ↓ 选择，回车打开，Esc 关闭' },
  searchLoading: { en: 'Searching…', zh: '正在搜索……' },
  searchNoResults: { en: 'Nothing matches “{query}”. Try a shorter word or a number, or browse the key figures.', zh: '没有与“{query}”匹配的内容。请尝试更短的词语或数字，或浏览关键数据。' },
  searchUnavailable: { en: 'Search could not load. Check your connection and try again, or browse the key figures.', zh: '搜索未能加载。请检查网络连接后重试，或浏览关键数据。' },
  searchOnlyFigures: { en: 'Only figures could be searched: pages could not load. Check your connection and try again.', zh: '目前只能搜索数据：页面索引未能加载。请检查网络连接后重试。' },
  searchOnlyPages: { en: 'Only pages could be searched: figures could not load. Check your connection and try again.', zh: '目前只能搜索页面：数据索引未能加载。请检查网络连接后重试。' },
  searchTooLong: { en: 'Only the first {n} characters are searched.', zh: '只搜索前{n}个字符。' },
  searchMarked: { en: 'Search words marked', zh: '已标记搜索词' },
  searchClearMarks: { en: 'Clear marks', zh: '清除标记' },
  searchFigures: { en: 'Figures', zh: '数据' },
  searchResultsCount: { en: '{n} results', zh: '{n}条结果' },
  searchResultsCountOne: { en: '1 result', zh: '1条结果' },
  showAs: { en: 'Show as', zh: '显示方式' },
  showChart: { en: 'Chart', zh: '图表' },
  showTable: { en: 'Table', zh: '表格' },
  chartRangeHatched: { en: 'The hatched end of its bar spans that range.', zh: '条形末端的斜线部分表示这一范围。' },
  chartPlannedOutlined: { en: 'The striped, outlined bar is a planned value, not one achieved.', zh: '带斜线的空心条形表示计划值，而非已实现的数值。' },
  chartSource: { en: 'Source: the report, this paragraph', zh: '来源：报告原文段落' },
  downloadData: { en: 'Download all figures:', zh: '下载全部数据：' },
  columnFigure: { en: 'Figure', zh: '指标' },
  columnStated: { en: 'As stated in the report', zh: '报告原文表述' },
  columnValue: { en: 'Value', zh: '数值' },
  columnPeriod: { en: 'Period', zh: '时间' },
  pagedTitle: { en: 'Pages for printing', zh: '打印版页面' },
  pagedNote: {
    en: 'Laid out as they print, with the page numbers in the contents.',
    zh: '按打印效果分页，目录附有页码。',
  },
  pagedPaper: { en: 'Paper:', zh: '纸张：' },
  paperLetter: { en: 'US Letter', zh: '美国信纸（Letter）' },
  backToReading: { en: 'Back to reading', zh: '返回阅读' },
  printedFrom: { en: 'Printed from:', zh: '打印自：' },
  printedOn: { en: 'Printed on:', zh: '打印日期：' },
  languageEnglish: { en: 'English', zh: '英文' },
  languageChinese: { en: 'Simplified Chinese', zh: '简体中文' },
} satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof UI;

/** A UI string in one language, with {name} placeholders filled. */
export function ui(key: UiKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Text for a view as one string (for attributes): both languages joined in the side-by-side view. */
export function textFor(text: Bilingual, view: View, joiner = ' · '): string {
  return view === 'en-zh' ? `${text.en}${joiner}${text.zh}` : text[view];
}

/** How a card names a figure's qualifier, by kind. */
export const QUALIFIER_LABEL = {
  'more-than': { en: 'More than', zh: '超过' },
  approximately: { en: 'Approximately', zh: '约' },
  nearly: { en: 'Nearly', zh: '近' },
  planned: { en: 'Planned', zh: '计划' },
  expected: { en: 'Expected', zh: '预计' },
} as const satisfies Record<string, Bilingual>;

/** Every figure as CSV and JSON for download, with both languages and the source paragraph. */
import type { Figure } from './figures';

export const CSV_COLUMNS = [
  'id',
  'section',
  'paragraph',
  'label_en',
  'label_zh',
  'value',
  'unit_en',
  'unit_zh',
  'qualifiers',
  'period_en',
  'period_zh',
  'phrase_en',
  'phrase_zh',
  'source_en',
  'source_zh',
] as const;

/** Where a figure's paragraph is, for each language, under the site's base path. */
export function sourcePaths(figure: Figure, base: string): { en: string; zh: string } {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = (view: string) => `${root}${view}/sections/${figure.section}/#${figure.paragraph}`;
  return { en: path('en'), zh: path('zh') };
}

function row(figure: Figure, base: string): Record<(typeof CSV_COLUMNS)[number], string> {
  const source = sourcePaths(figure, base);
  return {
    id: figure.id,
    section: figure.section,
    paragraph: figure.paragraph,
    label_en: figure.label.en,
    label_zh: figure.label.zh,
    value: figure.value === null ? '' : String(figure.value),
    unit_en: figure.unit.en,
    unit_zh: figure.unit.zh,
    qualifiers: figure.qualifiers.map((q) => q.kind).join(' '),
    period_en: figure.period?.en ?? '',
    period_zh: figure.period?.zh ?? '',
    phrase_en: figure.phrase.en,
    phrase_zh: figure.phrase.zh,
    source_en: source.en,
    source_zh: source.zh,
  };
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 CSV with a byte order mark, so spreadsheet programs read the Chinese right. */
export function figuresCsv(figures: readonly Figure[], base: string): string {
  const lines = [CSV_COLUMNS.join(','), ...figures.map((f) => CSV_COLUMNS.map((c) => csvField(row(f, base)[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function figuresJson(figures: readonly Figure[], base: string): string {
  const data = figures.map((figure) => ({ ...figure, source: sourcePaths(figure, base) }));
  return `${JSON.stringify({ source: 'Xiaomi ESG Report 2025 (excerpt)', figures: data }, null, 2)}\n`;
}

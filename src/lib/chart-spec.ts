/**
 * Turns a chart definition and the figures data into what the page needs:
 * bars for Chart.js, a table, a takeaway and a text description, in one or
 * both languages. Numbers only ever come from the figures.
 */
import type { ChartDefinition } from './charts';
import type { Figure } from './figures';
import type { Lang } from './views';

export interface ChartBarSpec {
  /** Category label, one line per language (once where both languages write it alike). */
  label: string[];
  /** A value, or a range [from, to] where the report's unit differs from the axis. */
  value: number | [number, number];
  /** The value as the report states it, one line per language. */
  stated: string[];
  /** The report states the value as planned, not achieved: drawn as an outline, never solid. */
  planned: boolean;
}


export interface ChartSpec {
  id: string;
  kind: ChartDefinition['kind'];
  /** Axis maximum: a share is drawn against the whole. */
  max: number | null;
  unit: string;
  bars: ChartBarSpec[];
  /** Text alternative of the drawing. */
  description: string;
}

export interface ChartTableRow {
  label: string;
  stated: string;
  value: string;
  period: string;
}

const PLACEHOLDER = /\{([a-z0-9-]+)\}/g;

function figureOf(figures: readonly Figure[], id: string): Figure {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new Error(`chart names unknown figure "${id}"`);
  return figure;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 }).format(value);
}

/** The takeaway with each {figure-id} replaced by the figure's phrase as written. */
export function fillTakeaway(def: ChartDefinition, figures: readonly Figure[], lang: Lang): string {
  return def.takeaway[lang].replace(PLACEHOLDER, (_, id: string) => figureOf(figures, id).phrase[lang]);
}

function barValue(bar: ChartDefinition['bars'][number], figure: Figure): number | [number, number] {
  if (bar.range) return [bar.range.from, bar.range.to];
  if (figure.value === null) throw new Error(`figure "${figure.id}" has no number to chart`);
  return figure.value;
}

function statedText(bar: ChartDefinition['bars'][number], figure: Figure, lang: Lang): string {
  if (!bar.range) return figure.phrase[lang];
  // Chinese sets its brackets in full width, which carry their own space: "（为28至31天）".
  return lang === 'zh' ? `${figure.phrase[lang]}（${bar.range.note[lang]}）` : `${figure.phrase[lang]} (${bar.range.note[lang]})`;
}

export function buildChartSpec(def: ChartDefinition, figures: readonly Figure[], langs: Lang[]): ChartSpec {
  const bars = def.bars.map((bar) => {
    const figure = figureOf(figures, bar.figure);
    return {
      label: [...new Set(langs.map((lang) => bar.label[lang]))],
      value: barValue(bar, figure),
      // On the drawing, the words of the report only; the table and description add any note.
      // "14.2%" reads the same in both languages: say it once.
      stated: [...new Set(langs.map((lang) => figure.phrase[lang]))],
      planned: figure.qualifiers.some((q) => q.kind === 'planned'),
    };
  });
  const description = langs
    .map((lang) => {
      const sep = lang === 'zh' ? '：' : ': ';
      const list = def.bars
        .map((bar) => `${bar.label[lang]}${sep}${statedText(bar, figureOf(figures, bar.figure), lang)}`)
        .join(lang === 'zh' ? '；' : '; ');
      return `${def.title[lang]}${lang === 'zh' ? '。' : '. '}${list}${lang === 'zh' ? '。' : '. '}${fillTakeaway(def, figures, lang)}`;
    })
    .join(' ');
  return {
    id: def.id,
    kind: def.kind,
    max: def.kind === 'share' ? 100 : null,
    unit: [...new Set(langs.map((lang) => def.unit[lang]))].join(' · '),
    bars,
    description,
  };
}

export function chartTableRows(def: ChartDefinition, figures: readonly Figure[], lang: Lang): ChartTableRow[] {
  return def.bars.map((bar) => {
    const figure = figureOf(figures, bar.figure);
    const value = barValue(bar, figure);
    return {
      label: bar.label[lang],
      stated: statedText(bar, figure, lang),
      value: Array.isArray(value) ? value.map((v) => formatNumber(v, lang)).join('–') : formatNumber(value, lang),
      period: figure.period?.[lang] ?? '',
    };
  });
}

/**
 * Problems with chart definitions, each at the place `at` gives for a chart
 * (its index in `charts`) and a path inside it; empty when all is well.
 */
export function checkCharts(
  charts: readonly ChartDefinition[],
  figures: readonly Figure[],
  at: (chart: number, path: readonly PropertyKey[]) => string = () => 'content/charts.yaml',
): string[] {
  const errors: string[] = [];
  charts.forEach((def, index) => {
    const where = (...path: PropertyKey[]) => `${at(index, path)}: chart "${def.id}"`;
    def.bars.forEach((bar, b) => {
      const figure = figures.find((f) => f.id === bar.figure);
      if (!figure) {
        errors.push(`${where('bars', b, 'figure')}: unknown figure "${bar.figure}"; use the id of a figure in content/figures.yaml`);
        return;
      }
      if (figure.paragraph !== def.paragraph) errors.push(`${where('bars', b, 'figure')}: figure "${figure.id}" is not stated in paragraph "${def.paragraph}"`);
      if (figure.value === null) errors.push(`${where('bars', b, 'figure')}: figure "${figure.id}" states no number to draw`);
      const expected = def.kind === 'share' ? '%' : def.unit.en;
      if (!bar.range && figure.unit.en !== expected) {
        errors.push(`${where('bars', b, 'figure')}: figure "${figure.id}" is in "${figure.unit.en}", not "${expected}"; a chart compares one unit only`);
      }
    });
    for (const lang of ['en', 'zh'] as const) {
      for (const [, id] of def.takeaway[lang].matchAll(PLACEHOLDER)) {
        if (!def.bars.some((b) => b.figure === id) && !figures.some((f) => f.id === id && f.paragraph === def.paragraph)) {
          errors.push(`${where('takeaway', lang)}: takeaway (${lang}) names "${id}", which is not a figure of its paragraph`);
        }
      }
      const bare = def.takeaway[lang].replace(PLACEHOLDER, '').replace(/\b(?:19|20)\d\d\b|(?:19|20)\d\d年/g, '');
      if (/(?<![A-Za-z])\d/.test(bare)) {
        errors.push(`${where('takeaway', lang)}: takeaway (${lang}) types a number; write {figure-id} instead`);
      }
    }
  });
  return errors;
}

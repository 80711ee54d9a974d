/**
 * What the search index knows of each figure: its label, phrase as written,
 * number with and without separators, unit and aliases, so that "38,333",
 * "38333", "GJ" or "吉焦" all find the figure itself.
 */
import type { Figure } from './figures';
import type { Lang } from './views';

/** The number as digits, and with thousands separators when it has them. */
export function numberForms(value: number | null): string[] {
  if (value === null) return [];
  const plain = String(value);
  const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 6 }).format(value);
  return [...new Set([plain, grouped])];
}

/** Digit runs of a phrase, separators dropped: "38,333吉焦" gives "38333". */
export function phraseNumbers(phrase: string): string[] {
  return [...phrase.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,/g, ''));
}

export function aliasesFor(figure: Figure, aliases: readonly string[][]): string[] {
  const haystack = [figure.label.en, figure.label.zh, figure.unit.en, figure.unit.zh, figure.phrase.en, figure.phrase.zh]
    .join(' ')
    .toLowerCase();
  return [...new Set(aliases.filter((group) => group.some((word) => haystack.includes(word.toLowerCase()))).flat())];
}

/** The text indexed for a figure in one language's index. */
export function figureSearchContent(figure: Figure, lang: Lang, aliases: readonly string[][]): string {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return [
    figure.label[lang],
    figure.phrase[lang],
    figure.unit[lang],
    ...numberForms(figure.value),
    ...phraseNumbers(figure.phrase[lang]),
    ...aliasesFor(figure, aliases),
    figure.phrase[other],
    figure.unit[other],
  ].join(' \n');
}

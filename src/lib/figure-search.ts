/**
 * Finding a figure by what a reader types: its label, its number as written or
 * without separators ("38,333", "38333", "1.82", "182万"), its unit ("GJ",
 * "吉焦", "%") or a word readers use for it (aluminium, R&D, 研发投入), in
 * either language, with small typos forgiven.
 *
 * Words are compared whole, as Intl.Segmenter cuts them (in Chinese too, where
 * no spaces mark them): "度电" is not found inside "年度电力", nor "RD" inside
 * "Standardized". The build writes the records (figureSearchRecords); the
 * browser ranks them (FigureFinder) on the first search.
 */
import type { Bilingual, Figure } from './figures';
import { normaliseText } from './search-query';

export interface FigureSearchRecord {
  id: string;
  /** Place in the report, for ties: records arrive in pieces (shards), not in one list. */
  order: number;
  /** Id of the figure's card on its section page. */
  anchor: string;
  section: string;
  pillars: string[];
  label: Bilingual;
  unit: Bilingual;
  phrase: Bilingual;
  period: Bilingual | null;
  value: number | null;
  /** Other words for it: those of every alias whose report wording the figure uses. */
  aliases: string[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const NUMBER = /^\d+(?:\.\d+)?$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A number run into its unit ("100w", "620g"), but not a name ("3r", "15t") or an ordinal ("8th"). */
const NUMBER_THEN_UNIT = /^(\d+(?:\.\d+)?)(w|kw|kwh|mwh|gwh|g|kg|gj|x|days?|yuan|million|billion|bn)$/;

/** Words that say nothing about which figure is meant. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'by', 'at', 'is', 'are', 'was', 'what', 'how', 'much',
  'many', 'number', 'xiaomi', 'xiaomis', '的', '了', '和', '与', '及', '在', '是', '多少', '小米',
]);

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ed', 'es', 's'];

/** A crude stem, the same on both sides: "recycling" and "recycled" meet ("recyclable" stays apart). */
function stem(word: string): string {
  if (word.endsWith('ss')) return word;
  const suffix = SUFFIXES.find((end) => word.endsWith(end) && word.length - end.length >= 4);
  return suffix ? word.slice(0, -suffix.length) : word;
}

function segments(text: string): { segment: string; index: number }[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map(({ segment, index }) => ({ segment, index }));
}

/** A text and the places where its words begin and end. */
interface Field {
  text: string;
  bounds: Set<number>;
}

function field(text: string): Field {
  const normal = normaliseText(text);
  const bounds = new Set<number>([0, normal.length]);
  for (const { segment, index } of segments(normal)) {
    bounds.add(index);
    bounds.add(index + segment.length);
  }
  return { text: normal, bounds };
}

/** Whether `term` stands in the field as whole words (never as the middle of one). */
function hasWhole(f: Field, term: string): boolean {
  for (let at = f.text.indexOf(term); at !== -1; at = f.text.indexOf(term, at + 1)) {
    if (f.bounds.has(at) && f.bounds.has(at + term.length)) return true;
  }
  return false;
}

/** Latin words and numbers of a text, stemmed. */
function words(text: string): string[] {
  return segments(normaliseText(text))
    .map((s) => s.segment)
    .filter((w) => !HAN.test(w))
    .map(stem);
}

/** Numbers as the report writes them, separators dropped: "约182万千瓦时" gives "182". */
export function numbersOf(text: string): string[] {
  return [...normaliseText(text).matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

/** Optimal string alignment distance, capped: enough to forgive one or two slips of the keyboard. */
function typoDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** The texts of a figure a reader may name, in both languages. */
export function namingTexts(figure: Pick<Figure, 'label' | 'unit' | 'phrase'>): string[] {
  return [figure.label.en, figure.label.zh, figure.unit.en, figure.unit.zh, figure.phrase.en, figure.phrase.zh];
}

/** A test of whether the texts say a term, as whole words; the texts are cut into words once. */
export function termsSaidBy(texts: readonly string[]): (term: string) => boolean {
  const fields = texts.map(field);
  const wordSet = new Set(texts.flatMap(words));
  return (term) => {
    const normal = normaliseText(term);
    if (HAN.test(normal)) return fields.some((f) => hasWhole(f, normal));
    const termWords = words(normal);
    return termWords.length > 0 && termWords.every((w) => wordSet.has(w)) && fields.some((f) => hasWhole(f, normal) || termWords.length === 1);
  };
}

interface PreparedFigure {
  record: FigureSearchRecord;
  order: number;
  fields: Field[];
  words: Set<string>;
  /** Words of the period only: "2025" narrows, but never names, a figure. */
  periodWords: Set<string>;
  numbers: Set<string>;
  isPercent: boolean;
}

/**
 * The score of a guess: a typo forgiven, a run of Chinese inside longer words,
 * a number that is only part of a name or a period. A guess counts only where
 * no figure answers the same token properly.
 */
const WEAK = 1;

/** One thing the reader asked for: a number, a word, or a run of Chinese. */
type Token = { kind: 'number'; text: string } | { kind: 'word'; text: string } | { kind: 'han'; text: string } | { kind: 'percent' };

export interface FigureMatch {
  record: FigureSearchRecord;
  /** How many of the query's tokens the figure answers. */
  matched: number;
  score: number;
}

export class FigureFinder {
  private readonly figures: PreparedFigure[];

  constructor(records: readonly FigureSearchRecord[]) {
    this.figures = records.map((record) => {
      const texts = [...namingTexts(record), ...record.aliases];
      return {
        record,
        order: record.order,
        fields: texts.map(field),
        words: new Set(texts.flatMap(words)),
        periodWords: new Set(record.period ? [record.period.en, record.period.zh].flatMap(words) : []),
        numbers: new Set([record.phrase.en, record.phrase.zh, record.value === null ? '' : String(record.value)].flatMap(numbersOf)),
        isPercent: record.unit.en === '%',
      };
    });
  }

  private tokens(query: string): Token[] {
    const normal = normaliseText(query);
    const tokens: Token[] = [];
    if (/%|\bper ?cent\b|百分/.test(normal)) tokens.push({ kind: 'percent' });
    // A run of Chinese is one token when some figure says it whole; else its words are.
    for (const [run] of normal.matchAll(HAN_RUN)) {
      if (STOP_WORDS.has(run)) continue;
      if (this.figures.some((f) => f.fields.some((fl) => hasWhole(fl, run)))) tokens.push({ kind: 'han', text: run });
      else for (const { segment } of segments(run)) if (!STOP_WORDS.has(segment)) tokens.push({ kind: 'han', text: segment });
    }
    for (const { segment } of segments(normal.replace(HAN_RUN, ' ').replace(/per ?cent/g, ' '))) {
      const split = NUMBER_THEN_UNIT.exec(segment);
      const parts = split ? [split[1], split[2]] : [segment];
      for (const part of parts) {
        if (NUMBER.test(part)) tokens.push({ kind: 'number', text: part });
        else if (!STOP_WORDS.has(part)) tokens.push({ kind: 'word', text: stem(part) });
      }
    }
    return tokens;
  }

  private scoreToken(figure: PreparedFigure, token: Token): number {
    switch (token.kind) {
      case 'percent':
        return figure.isPercent ? 2 : 0;
      case 'number':
        if (figure.numbers.has(token.text)) return 4;
        return figure.words.has(token.text) || figure.periodWords.has(token.text) ? WEAK : 0;
      case 'han':
        if (figure.fields.some((f) => hasWhole(f, token.text))) return 2 + token.text.length / 2;
        // A weak hit where the run stands inside longer words (see WEAK).
        return token.text.length > 1 && figure.fields.some((f) => f.text.includes(token.text)) ? WEAK : 0;
      case 'word': {
        const word = token.text;
        if (figure.words.has(word)) return 3;
        if (figure.periodWords.has(word)) return WEAK;
        let best = 0;
        for (const candidate of figure.words) {
          if (word.length >= 3 && candidate.startsWith(word)) best = Math.max(best, 2);
          else if (word.length >= 5 && typoDistance(word, candidate, word.length >= 8 ? 2 : 1) <= (word.length >= 8 ? 2 : 1)) best = Math.max(best, WEAK);
        }
        return best;
      }
    }
  }

  /**
   * The figures the query names, best first: those that answer the most of its
   * tokens, then by weight of the match, then in the report's order. Only the
   * best-answering tier is returned, and only when it answers half the query.
   */
  find(query: string, filter: { section?: string; pillar?: string } = {}, limit = 6): FigureMatch[] {
    const tokens = this.tokens(query);
    if (tokens.length === 0) return [];
    const phrase = normaliseText(query).trim();
    const candidates = this.figures.filter(
      (f) => (!filter.section || f.record.section === filter.section) && (!filter.pillar || f.record.pillars.includes(filter.pillar)),
    );
    const scores = candidates.map((figure) => tokens.map((token) => this.scoreToken(figure, token)));
    tokens.forEach((_, t) => {
      if (scores.some((row) => row[t] > WEAK)) for (const row of scores) if (row[t] <= WEAK) row[t] = 0;
    });
    // A number or a code ("50001", "15T", "SU7") names one thing: a figure that does not say it is not what was asked for,
    // however well it answers the other words ("ISO 50001" is not the ISO 27001 figure). A year only narrows.
    const exact = tokens.map((token) => (token.kind === 'number' && !YEAR.test(token.text)) || (token.kind === 'word' && /\d/.test(token.text)));
    const matches = candidates
      .map((figure, i) => {
        const row = scores[i];
        // A phrase said as a label begins, or whole inside it: "standby power" is the standby figure's subject.
        const labels = [figure.fields[0], figure.fields[1]];
        const bonus = tokens.length < 2 ? 0 : labels.some((f) => f.text.startsWith(phrase)) ? 2 : labels.some((f) => hasWhole(f, phrase)) ? 1 : 0;
        return { figure, matched: row.filter((s) => s > 0).length, score: row.reduce((a, b) => a + b, 0) + bonus };
      })
      .filter((m, i) => m.matched > 0 && scores[i].every((score, t) => score > 0 || !exact[t]))
      .sort((a, b) => b.matched - a.matched || b.score - a.score || a.figure.order - b.figure.order);
    const best = matches[0]?.matched ?? 0;
    if (best * 2 < tokens.length) return [];
    return matches
      .filter((m) => m.matched === best)
      .slice(0, limit)
      .map(({ figure, matched, score }) => ({ record: figure.record, matched, score }));
  }
}

/*
 * Shards. The first search must not fetch every figure of the report: its
 * cost would grow with the report. So the build writes the records in shards,
 * one per key (the first two letters or digits of a word, or one Chinese
 * character), and a list of the keys; a query fetches only the shards of its
 * own keys. Every figure that can answer a query has one of the query's keys
 * (its words begin alike, its runs of Chinese share their first character), so
 * the finder ranks the union of those shards exactly as it would rank all
 * figures. Only a typo in a word's first two letters is no longer forgiven.
 */

const PERCENT_KEY = '%';
const PERCENT_WORDS = /%|\bper ?cent\b|百分/;

function latinKey(word: string): string {
  return word.slice(0, 2);
}

/** The keys under which a figure is filed: every key a query that it answers can have. */
export function recordKeys(record: FigureSearchRecord): Set<string> {
  const texts = [...namingTexts(record), ...record.aliases, ...(record.period ? [record.period.en, record.period.zh] : [])];
  const keys = new Set<string>();
  for (const text of texts) {
    const normal = normaliseText(text);
    for (const [han] of normal.matchAll(/\p{Script=Han}/gu)) keys.add(han);
    for (const word of words(normal)) keys.add(latinKey(word));
  }
  for (const number of [record.phrase.en, record.phrase.zh, record.value === null ? '' : String(record.value)].flatMap(numbersOf)) keys.add(latinKey(number));
  if (record.unit.en === '%') keys.add(PERCENT_KEY);
  return keys;
}

/** The keys of a query, cut as FigureFinder cuts it into tokens. */
export function queryKeys(query: string): string[] {
  const normal = normaliseText(query);
  const keys = new Set<string>();
  if (PERCENT_WORDS.test(normal)) keys.add(PERCENT_KEY);
  for (const [run] of normal.matchAll(HAN_RUN)) {
    if (STOP_WORDS.has(run)) continue;
    keys.add([...run][0]);
    for (const { segment } of segments(run)) if (!STOP_WORDS.has(segment)) keys.add([...segment][0]);
  }
  for (const { segment } of segments(normal.replace(HAN_RUN, ' ').replace(/per ?cent/g, ' '))) {
    const split = NUMBER_THEN_UNIT.exec(segment);
    for (const part of split ? [split[1], split[2]] : [segment]) if (!STOP_WORDS.has(part)) keys.add(latinKey(stem(part)));
  }
  return [...keys];
}

/** A key as a file name: letters and digits as they are, anything else as its code point ("u5728", "u25"). */
export function shardName(key: string): string {
  return /^[a-z0-9]+$/.test(key) ? key : [...key].map((ch) => `u${ch.codePointAt(0)!.toString(16)}`).join('-');
}

/** The shards the build writes: key → the records filed under it, in the report's order. */
export function figureShards(records: readonly FigureSearchRecord[]): Map<string, FigureSearchRecord[]> {
  const shards = new Map<string, FigureSearchRecord[]>();
  for (const record of [...records].sort((a, b) => a.order - b.order)) {
    for (const key of recordKeys(record)) shards.set(key, [...(shards.get(key) ?? []), record]);
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The records of several shards, each once, in the report's order. */
export function mergeShards(shards: readonly (readonly FigureSearchRecord[])[]): FigureSearchRecord[] {
  const byId = new Map<string, FigureSearchRecord>();
  for (const record of shards.flat()) byId.set(record.id, record);
  return [...byId.values()].sort((a, b) => a.order - b.order);
}

/**
 * The report's paragraphs, sentence by sentence. The English and Chinese
 * halves of every paragraph have as many sentences each, so the n-th sentence
 * of one is the n-th of the other: the side-by-side view marks them together.
 * Where a segmenter misses a boundary, an editor writes <S /> in the half
 * (src/components/report/S.astro); it adds a boundary and no text.
 */
import type { Lang } from './views';

/** What <S /> renders: a comment, so the reader's text is untouched. */
export const SENTENCE_BREAK = '<!--sentence-->';

const segmenters: Record<Lang, Intl.Segmenter> = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
};

/**
 * Where each sentence of a text begins (the first at 0), by the language's
 * sentence segmenter and the explicit breaks given (offsets in the text).
 * A "sentence" of white space alone is not one.
 */
export function sentenceStarts(text: string, lang: Lang, breaks: readonly number[] = []): number[] {
  const starts = new Set<number>([0]);
  for (const { index } of segmenters[lang].segment(text)) starts.add(index);
  for (const at of breaks) starts.add(at);
  const sorted = [...starts].filter((at) => at >= 0 && at < text.length).sort((a, b) => a - b);
  // A start whose text up to the next start is blank joins the sentence before it.
  return sorted.filter((at, i) => i === 0 || text.slice(at, sorted[i + 1] ?? text.length).trim() !== '');
}

/** The sentences of a text, as sentenceStarts cuts it. */
export function sentencesOf(text: string, lang: Lang, breaks: readonly number[] = []): string[] {
  const starts = sentenceStarts(text, lang, breaks);
  return starts.map((at, i) => text.slice(at, starts[i + 1] ?? text.length));
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const ONE_ENTITY = /^&(?:#\d+|#x[0-9a-f]+|[a-z]+);$/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

function decode(entity: string): string {
  return entity.replace(ENTITY, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name.toLowerCase()],
  );
}

/**
 * A half's rendered HTML with each sentence in <span class="sentence"
 * data-sentence="n">. Only spans are added, between characters of the text,
 * never inside an element (a figure's link stays whole): the text a reader
 * gets, copies or searches is what it was. Explicit breaks (SENTENCE_BREAK)
 * are taken out.
 */
export function wrapSentences(html: string, lang: Lang): { html: string; count: number } {
  const tokens = html.split(/(<!--[\s\S]*?-->|<[^>]*>)/).filter((token) => token !== '');
  // First pass: the plain text, and where the explicit breaks stand in it.
  let plain = '';
  const breaks: number[] = [];
  for (const token of tokens) {
    if (token === SENTENCE_BREAK) breaks.push(plain.length);
    else if (!token.startsWith('<')) plain += decode(token);
  }
  const starts = new Set(sentenceStarts(plain, lang, breaks).slice(1));
  // Second pass: the same tokens, a span closed and opened at each start outside any element.
  let out = `<span class="sentence" data-sentence="0">`;
  let sentence = 0;
  let at = 0;
  let depth = 0;
  let pending = false;
  const open = () => {
    sentence += 1;
    out += `</span><span class="sentence" data-sentence="${sentence}">`;
    pending = false;
  };
  for (const token of tokens) {
    if (token.startsWith('<!--')) {
      if (token !== SENTENCE_BREAK) out += token;
      continue;
    }
    if (token.startsWith('<')) {
      if (token.startsWith('</')) depth -= 1;
      else if (!token.endsWith('/>') && !VOID.test(token)) {
        if (depth === 0 && pending) open();
        depth += 1;
      }
      out += token;
      continue;
    }
    for (const unit of token.split(/(&(?:#\d+|#x[0-9a-f]+|[a-z]+);)/i).filter(Boolean)) {
      const isEntity = ONE_ENTITY.test(unit);
      for (const ch of isEntity ? [unit] : [...unit]) {
        if (starts.has(at)) pending = true;
        // A start that fell inside an element (a figure's link) opens its sentence just after it.
        if (pending && depth === 0) open();
        out += ch;
        at += isEntity ? decode(ch).length : ch.length;
      }
    }
  }
  return { html: `${out}</span>`, count: sentence + 1 };
}

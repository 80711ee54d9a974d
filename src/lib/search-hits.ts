/**
 * Landing on the answer: a page result links to the paragraph that holds the
 * most of its matches, and carries the matched words, which the page marks on
 * arrival (src/scripts/search-hits.ts).
 */
import { HIT_PARAM } from './address-params';
import { normaliseQuery } from './search-query';

/** An element with an id, and where its text begins, in words, as Pagefind counts them. */
export interface PageAnchor {
  id: string;
  location: number;
}

/** Enough for a phrase; a link with more is not one this site made. */
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 60;

/**
 * The id of the block that holds the most matches (the first such block on a
 * tie): each match belongs to the last anchor that begins at or before it.
 * Null when no anchor comes before any match (the page's title, say).
 */
export function answerAnchor(anchors: readonly PageAnchor[], locations: readonly number[]): string | null {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const counts = new Map<string, number>();
  for (const location of locations) {
    const holder = sorted.filter((anchor) => anchor.location <= location).at(-1);
    if (holder) counts.set(holder.id, (counts.get(holder.id) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const anchor of sorted) {
    const count = counts.get(anchor.id) ?? 0;
    if (count > (best ? counts.get(best)! : 0)) best = anchor.id;
  }
  return best;
}

/** Punctuation Pagefind keeps on a marked word ("ecosystem,", "（MiTEE）"): the mark is the word. */
const EDGE_PUNCTUATION = /^[\s(（“"‘'「『《]+|[\s,.;:!?，。；：！？、)）”"’'」』》]+$/gu;

/** The words to mark, cleaned as a query is, once each, longest first (so "recycled aluminium" wins over "recycled"). */
export function hitTerms(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const term of raw) {
    const clean = normaliseQuery(term).replace(EDGE_PUNCTUATION, '').slice(0, MAX_TERM_LENGTH);
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase());
      terms.push(clean);
    }
    if (terms.length === MAX_TERMS) break;
  }
  return terms.sort((a, b) => b.length - a.length);
}

/** A page result's link: the page, the words to mark, the block to land on. */
export function hitHref(url: string, terms: readonly string[], anchor: string | null): string {
  const [path] = url.split('#');
  const query = hitTerms(terms)
    .map((term) => `${HIT_PARAM}=${encodeURIComponent(term)}`)
    .join('&');
  return `${path}${query ? `${path.includes('?') ? '&' : '?'}${query}` : ''}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Where the terms stand in a text, case ignored, as [start, end) ranges in
 * order, never overlapping. Terms are matched as text, never as patterns.
 */
export function hitRanges(text: string, terms: readonly string[]): [number, number][] {
  const usable = terms.filter(Boolean);
  if (usable.length === 0) return [];
  const pattern = new RegExp(
    [...usable].sort((a, b) => b.length - a.length).map((term) => term.replace(SPECIAL, '\\$&')).join('|'),
    'giu',
  );
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

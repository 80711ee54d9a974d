/** Cleans what a reader types into the search box before it goes to the index. */

export const MAX_QUERY_LENGTH = 200;

/** A lone surrogate is half a character: it cannot be searched, or even encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Zero-width and bidirectional control characters are invisible in the box but
 * split a word for the index: "gr\u200Been" would find nothing.
 */
const INVISIBLE_CONTROLS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Full-width digits and Latin letters as the report prints them: "１５％" is "15%". */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

export function normaliseQuery(raw: string): string {
  return raw
    .replace(INVISIBLE_CONTROLS, '')
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(LONE_SURROGATE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .replace(LONE_SURROGATE, '')
    .trim();
}

/**
 * Numbers as the index holds them: "38,333" is also searched as "38333"
 * (the report writes both).
 */
export function queryVariants(query: string): string[] {
  const joined = query.replace(THOUSANDS, '$1');
  return [...new Set([query, joined])].filter(Boolean);
}

/** A thousands separator between digits: "38,333". */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

/** Text as search compares it: lower case, full width folded, "38,333" as "38333", "R&D" as one word "rd". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(THOUSANDS, '$1')
    .replace(/([a-z])\s*&\s*([a-z])/g, '$1$2')
    .replace(/[’']s\b/g, 's');
}

/**
 * Whether a page's excerpt shows what the reader asked for. Pagefind matches
 * the last word as a prefix, and falls back to very short ones: "R&D" can mark
 * "DSRs", a typo can mark any word that starts with its first letter. A page
 * is kept when one of its marked words begins as a word of the query does (its
 * first three letters, or all of a shorter one), or shares a Chinese character with it.
 */
export function excerptAnswers(query: string, excerpt: string): boolean {
  // The excerpt is escaped HTML: "R&amp;D" is "R&D".
  const marks = [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => normaliseText(m[1].replace(/&amp;/g, '&').replace(/&[a-z0-9#]+;/gi, ' ')));
  if (marks.length === 0) return true;
  const folded = normaliseText(query);
  const words = folded.split(/[^\p{L}\p{N}.]+/u).filter((w) => w.length > 0 && !/\p{Script=Han}/u.test(w));
  const han = new Set(folded.match(/\p{Script=Han}/gu) ?? []);
  const prefixes = words.map((word) => word.slice(0, 3));
  return marks.some((mark) => [...mark].some((ch) => han.has(ch)) || prefixes.some((prefix) => mark.startsWith(prefix)));
}

/**
 * How well an excerpt answers, for ordering pages: a marked word equal to a
 * word of the query counts two, one that only begins like it ("recycl" in
 * "recyclable") one; a marked Chinese run inside the query counts two. So a
 * page that says "50001" whole ranks above one that says "500".
 */
export function excerptScore(query: string, excerpt: string): number {
  const marks = [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) =>
    normaliseText(m[1].replace(/&amp;/g, '&').replace(/&[a-z0-9#]+;/gi, ' ')).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  );
  const folded = normaliseText(query);
  const words = new Set(folded.split(/[^\p{L}\p{N}.]+/u).filter((w) => w.length > 0 && !/\p{Script=Han}/u.test(w)));
  let score = 0;
  for (const mark of new Set(marks)) {
    if (/\p{Script=Han}/u.test(mark)) score += folded.includes(mark) ? 2 : 0;
    else if (words.has(mark)) score += 2;
    else if ([...words].some((word) => mark.startsWith(word) || word.startsWith(mark))) score += 1;
  }
  return score;
}

/** Puts reader text into a message; a function replacer, so "$&" or "$'" in the query stay as typed. */
export function fillQuery(message: string, query: string): string {
  return message.replace('{query}', () => query);
}

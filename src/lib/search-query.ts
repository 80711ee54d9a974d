/** Cleans what a reader types into the search box before it goes to the index. */

export const MAX_QUERY_LENGTH = 200;

/** A lone surrogate is half a character: it cannot be searched, or even encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normaliseQuery(raw: string): string {
  return raw
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
  const joined = query.replace(/(\d),(?=\d{3}\b)/g, '$1');
  return [...new Set([query, joined])].filter(Boolean);
}

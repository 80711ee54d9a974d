/**
 * Paper for the whole excerpt laid out in pages (src/scripts/paged-print.ts):
 * its sizes, the one a reader most likely has, and the site's media queries
 * answered as they are on that paper, not in the window showing the pages.
 */

export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

export function isPaper(value: unknown): value is Paper {
  return typeof value === 'string' && (PAPERS as readonly string[]).includes(value);
}

/** Sheet sizes in millimetres (ISO 216; US Letter is 8.5 × 11 in). */
const SHEET_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** The margins of `@page` in src/styles/print.css, in millimetres: top, right, bottom, left. */
export const PAGE_MARGIN_MM = [20, 16, 18, 16] as const;

const PX_PER_MM = 96 / 25.4;
/** CSS resolves rem in media queries against the initial font size, not the page's. */
const PX_PER_REM = 16;

/** The page area (the sheet less its margins) in CSS pixels: what media queries measure on paper. */
export function pageArea(paper: Paper): { width: number; height: number } {
  const [top, right, bottom, left] = PAGE_MARGIN_MM;
  const sheet = SHEET_MM[paper];
  return { width: (sheet.width - left - right) * PX_PER_MM, height: (sheet.height - top - bottom) * PX_PER_MM };
}

/** Regions where Letter, not A4, is the paper in the drawer (the United States, Canada, Mexico and others of the Americas, the Philippines). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI']);

/** The paper a reader with this language tag (navigator.language) most likely prints on. */
export function likelyPaper(languageTag: string): Paper {
  try {
    const region = new Intl.Locale(languageTag).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}

const FEATURE = /^\(\s*(min-|max-)?(width|height)\s*(:|>=|<=|>|<)\s*([\d.]+)(rem|em|px)\s*\)$/;

/** One size feature, "(width >= 48rem)" or "(max-width: 30em)", on a page area; null if it is not one. */
function featureHolds(feature: string, area: { width: number; height: number }): boolean | null {
  const match = FEATURE.exec(feature.trim());
  if (!match) return null;
  const [, prefix, axis, operator, number, unit] = match;
  if ((operator === ':') !== Boolean(prefix)) return null;
  const limit = Number(number) * (unit === 'px' ? 1 : PX_PER_REM);
  const size = area[axis as 'width' | 'height'];
  const op = prefix === 'min-' ? '>=' : prefix === 'max-' ? '<=' : operator;
  return op === '>=' ? size >= limit : op === '<=' ? size <= limit : op === '>' ? size > limit : size < limit;
}

/**
 * Whether a media query of window size holds on paper: "screen and (width <= 30rem)"
 * never does, "not all and (width >= 60rem)" is negated. Null for a query that
 * tests no width or height (colour scheme, forced colours…): those are left as they are.
 */
export function sizeQueryHoldsOnPaper(query: string, area: { width: number; height: number }): boolean | null {
  let rest = query.trim().toLowerCase();
  let negate = false;
  if (rest.startsWith('not all and ')) {
    negate = true;
    rest = rest.slice('not all and '.length);
  }
  let onPaper = true;
  if (rest.startsWith('screen and ')) {
    onPaper = false;
    rest = rest.slice('screen and '.length);
  } else if (rest.startsWith('print and ')) {
    rest = rest.slice('print and '.length);
  }
  const results = rest.split(/\s+and\s+/).map((feature) => featureHolds(feature, area));
  if (results.some((result) => result === null)) return null;
  const holds = onPaper && results.every(Boolean);
  return negate ? !holds : holds;
}

/** An `@media` rule's opening, its query captured. */
export const MEDIA_RULE = /@media\s*([^{;]+?)\s*\{/g;

/**
 * The stylesheet with each media query of window size settled for paper: `print`
 * where it holds there, `screen` where it does not. Paged.js lays pages out in
 * the reader's window, so without this a wide window would print the desktop
 * layout; its CSS parser also cannot read the range syntax ("width >= 48rem").
 */
export function settleSizeQueries(css: string, area: { width: number; height: number }): string {
  return css.replace(MEDIA_RULE, (rule, query: string) => {
    const holds = sizeQueryHoldsOnPaper(query, area);
    return holds === null ? rule : `@media ${holds ? 'print' : 'screen'}{`;
  });
}

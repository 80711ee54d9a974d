/**
 * Byte budgets (gzip), asserted by tests/dist/site.test.ts and
 * tests/e2e/search.spec.ts. Measured figures are in the README; limits leave
 * about 10% above them.
 */
export const BUDGETS = {
  /** HTML plus CSS a page needs, per page type and view. */
  htmlAndCss: {
    home: { en: 10_800, zh: 11_200, 'en-zh': 12_300 },
    section: { en: 14_100, zh: 14_500, 'en-zh': 16_800 },
    report: { en: 19_900, zh: 20_300, 'en-zh': 27_000 },
    figures: { en: 14_200, zh: 14_600, 'en-zh': 17_300 },
  },
  /** JavaScript a reader needs to read a section: none. */
  sectionJsToRead: 0,
  /** The Chart.js renderer, loaded only as a chart nears the window. */
  chartRenderer: 51_500,
  /** Everything the first search query fetches (Pagefind's script, WebAssembly and index). */
  searchFirstQuery: 110_000,
} as const;

/**
 * Byte budgets (gzip), asserted by tests/dist/site.test.ts and
 * tests/e2e/search.spec.ts. Measured figures are in the README; limits leave
 * about 10% above them.
 */
export const BUDGETS = {
  /** HTML plus CSS a page needs, per page type and view. */
  htmlAndCss: {
    home: { en: 10_800, zh: 11_200, 'en-zh': 12_300 },
    // Pages with charts carry each chart's SVG drawing (about 250 bytes a chart), which prints.
    section: { en: 14_600, zh: 15_000, 'en-zh': 17_400 },
    report: { en: 21_000, zh: 21_500, 'en-zh': 28_500 },
    figures: { en: 15_300, zh: 15_800, 'en-zh': 18_600 },
  },
  /** JavaScript a reader needs to read a section: none. */
  sectionJsToRead: 0,
  /** The Chart.js renderer, loaded only as a chart nears the window. */
  chartRenderer: 51_500,
  /** Everything the first search query fetches (Pagefind's script, WebAssembly and index). */
  searchFirstQuery: 110_000,
} as const;

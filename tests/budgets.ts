/**
 * Byte budgets (gzip), asserted by tests/dist/site.test.ts and
 * tests/e2e/search.spec.ts. Measured figures are in the README; limits leave
 * about 10% above them.
 */
export const BUDGETS = {
  /** HTML plus CSS a page needs, per page type and view. */
  htmlAndCss: {
    // Every page carries the search control: since issue 12 its no-JavaScript name, its messages for half an index
    // and a long paste, and the styles of the marks a result leaves on its page (about 0.6 kB in all).
    // Since issue 14 every page loads the one stylesheet, so the home page carries the styles of charts and side-by-side
    // sentences too (about 0.6 kB, then cached for every page), and the script before the first paint is in the HTML (0.45 kB).
    home: { en: 13_200, zh: 13_600, 'en-zh': 15_000 },
    // Pages with charts carry each chart's SVG drawing (about 250 bytes a chart), which prints.
    // Report text carries its sentence spans and a "Copy link" under each paragraph (issue 13).
    section: { en: 15_600, zh: 16_100, 'en-zh': 18_500 },
    report: { en: 22_300, zh: 22_900, 'en-zh': 30_400 },
    figures: { en: 15_800, zh: 16_400, 'en-zh': 19_200 },
  },
  /**
   * What a section page fetches before the reader acts: its HTML, the one stylesheet and the first script (issue 14).
   * The English pages fit the first TCP flight (10 packets of 1,460 bytes); Chinese text takes more bytes a character,
   * and side by side carries both languages.
   */
  firstFlight: { en: 14_600, zh: 15_300, 'en-zh': 17_500 },
  /** The Chart.js renderer, loaded only as a chart nears the window. */
  chartRenderer: 51_500,
  /** The whole excerpt's pages laid out by Paged.js (with its CSS parser), loaded only when that page is printed. */
  pagedPrint: 110_000,
  /**
   * Everything the first search query fetches (Pagefind's script, WebAssembly and index). Since issue 14 also the search
   * control's code and the dialog with its styles (about 3 kB), which every page carried before.
   */
  searchFirstQuery: 114_000,
} as const;

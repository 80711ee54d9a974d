/**
 * Byte budgets (gzip), asserted by tests/dist/site.test.ts and
 * tests/e2e/search.spec.ts. Measured figures are in the README; limits leave
 * about 10% above them.
 */
export const BUDGETS = {
  /** HTML plus CSS a page needs, per page type and view. */
  htmlAndCss: {
    // Every page loads the one stylesheet, so the home page carries the styles of charts and side-by-side sentences too
    // (then cached for every page), and the script before the first paint is in the HTML (0.45 kB). Since issue 14's
    // last step the search dialog and search's styles are not in the pages (about 1.5 kB less each): they come with search.
    home: { en: 10_800, zh: 11_100, 'en-zh': 12_400 },
    // Pages with charts carry each chart's SVG drawing (about 250 bytes a chart), which prints.
    // Report text carries its sentence spans and a "Copy link" under each paragraph (issue 13).
    section: { en: 13_800, zh: 14_200, 'en-zh': 16_600 },
    report: { en: 21_000, zh: 21_800, 'en-zh': 29_800 },
    figures: { en: 14_300, zh: 14_700, 'en-zh': 17_700 },
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

/**
 * The query parameters of the site's own addresses: each asks the page to do
 * something on arrival. The page's first script reads them to know which code
 * it needs at once (src/scripts/report-page.ts); the code that acts on each
 * reads the same names.
 */
/** The words a search result carries, marked on its page (src/scripts/search-hits.ts). */
export const HIT_PARAM = 'mark';
/** A copied paragraph's address: the paragraph is marked (src/scripts/passage-links.ts). */
export const PASSAGE_PARAM = 'passage';
/** A copied sentence's address: its number in the paragraph, marked in every half that has it. */
export const SENTENCE_PARAM = 'sentence';
/** The whole excerpt laid out in pages on this paper, A4 or Letter (src/scripts/print-button.ts). */
export const PAPER_PARAM = 'pages';

/**
 * Every page's browser code, in one file and one request: the custom
 * elements, each acting only inside its own element wherever it stands, and
 * the page's conveniences. What is heavy loads on first use: the search when
 * its dialog is first wanted, Chart.js when a chart comes near, the marking of
 * search words when a page is opened from a result.
 */
import './site-search';
import './view-toggle';
import './theme-toggle';
import './print-button';
import './charts';
import { enhancePassageLinks } from './passage-links';
import { showPrintAddress } from './print-address';
import { pairSentences } from './sentence-pairs';

enhancePassageLinks();
showPrintAddress();
// Side by side: pointing at a sentence marks its counterpart in the other language.
const main = document.querySelector<HTMLElement>('main');
if (main && document.documentElement.dataset.view === 'en-zh') pairSentences(main);
// The 404 page offers the address the reader probably meant: code no other page needs.
const likely = document.querySelector<HTMLElement>('[data-likely-address]');
if (likely) void import('./likely-address').then(({ offerLikelyAddress }) => offerLikelyAddress(likely));

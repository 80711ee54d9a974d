/**
 * Every page's first script, the same small file on every page. It does only
 * what cannot wait (the theme button's state, the printed address) and says
 * which code each part of the page needs and when (src/scripts/on-demand.ts):
 * the rest loads as the reader reaches for it, or at once when the address
 * asks for it. Nothing here is needed to read the page.
 */
import { HIT_PARAM, PAPER_PARAM, PASSAGE_PARAM, SENTENCE_PARAM } from '../lib/address-params';
import { onDemand, startLoad } from './on-demand';
import { showPrintAddress } from './print-address';
import { PLACE_KEY } from './storage';
import type { PrintButton } from './print-button';
import type { SiteSearch } from './site-search';
import './theme-toggle';

// Before anything prints, even from the browser's menu: it must be in place at once.
showPrintAddress();

const params = new URLSearchParams(location.search);
const root = document.documentElement;

const search = onDemand('site-search', () => import('./site-search'));
const print = onDemand('print-button', () => import('./print-button'));
const viewToggle = onDemand('view-toggle', () => import('./view-toggle'));
const passageLinks = onDemand('[data-passage-link]', () => import('./passage-links').then((links) => links.enhancePassageLinks()));
onDemand('report-chart', () => import('./charts'), true);
// Side by side: pointing at a sentence marks its counterpart in the other language.
const main = document.querySelector('main');
if (main && root.dataset.view === 'en-zh') onDemand('[data-pair] .sentence', () => import('./sentence-pairs').then((pairs) => pairs.pairSentences(main)));

// What the address asks for at once: the reader's place after a change of view, a passage to mark,
// the whole excerpt's pages, the words a search result matched.
if (location.hash && storedPlace()) startLoad(viewToggle);
if (params.has(PASSAGE_PARAM) || params.has(SENTENCE_PARAM)) startLoad(passageLinks);
if (params.has(PAPER_PARAM)) startLoad(print);
if (params.has(HIT_PARAM)) startLoad(() => import('./search-hits').then((hits) => hits.markSearchHits()));
// The 404 page offers the address the reader probably meant.
const likely = document.querySelector<HTMLElement>('[data-likely-address]');
if (likely) startLoad(() => import('./likely-address').then((code) => code.offerLikelyAddress(likely)));

// The search control is a button that opens a dialog from the start, though its code comes only as the reader
// reaches for it: a screen reader says so when it first reaches it. (Without JavaScript it is a link to the key figures.)
const searchControl = document.querySelector<SiteSearch>('site-search');
const searchOpener = searchControl?.querySelector('[data-search-open]');
searchOpener?.setAttribute('role', 'button');
searchOpener?.setAttribute('aria-haspopup', 'dialog');

/** What the reader types after a search key, while the dialog is on its way: it goes into the dialog's box. */
let typedAhead: string | null = null;

// Keys: Space on the search button, as on any button, and "/" or Ctrl/⌘+K anywhere open search; on the whole
// excerpt, Ctrl/⌘+P lays its pages out first, and the browser prints as it would have if that code cannot load.
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element).closest?.('input, textarea, select, [contenteditable="true"]');
  const command = (key: string) => event.key.toLowerCase() === key && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (typedAhead !== null && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    typedAhead += event.key;
  } else if (searchControl && ((event.key === ' ' && event.target === searchOpener) || (event.key === '/' && !typing) || command('k'))) {
    event.preventDefault();
    if (typedAhead !== null) return;
    typedAhead = '';
    const typed = () => typedAhead ?? '';
    startLoad(() => search().then(() => searchControl.open(typed)).finally(() => (typedAhead = null)));
  } else if (command('p') && !root.dataset.paged && document.querySelector('print-button[data-paged]')) {
    event.preventDefault();
    print().then(
      () => document.querySelector<PrintButton>('print-button')?.print(),
      () => window.print(),
    );
  }
});

/** Whether a place is kept from the page the reader changed view on (storage can be blocked). */
function storedPlace(): boolean {
  try {
    return sessionStorage.getItem(PLACE_KEY) !== null;
  } catch {
    return false;
  }
}

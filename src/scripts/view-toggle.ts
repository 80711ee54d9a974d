/**
 * Enhances the EN | 中文 | EN+中文 links: the reader lands on the same
 * sentence (or chart, or figure card) at the same height in the window, and
 * the choice is remembered for later visits. The links still carry the
 * paragraph's #id, so the browser lands near it before this script refines it.
 * This code loads as the reader reaches for a link, or at once on a page
 * arrived at by one (src/scripts/report-page.ts).
 */
import { PLACE_KEY, VIEW_KEY, writeStored } from './storage';
import { readingPlace, restorePlace, topmostAnchor, type ReadingPlace } from './reading-position';

interface StoredPlace {
  place: ReadingPlace;
  /** The page (any view) the place belongs to, without its view: "/sections/closing/". */
  page: string;
}

/** The page's address without its view, so a place found in one view is recognised in another. */
const pageKey = (path: string) => path.replace(/\/(en|zh|en-zh)\//, '/');

function readStoredPlace(): StoredPlace | null {
  try {
    return JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as StoredPlace | null;
  } catch {
    return null;
  }
}

function storePlace(value: StoredPlace): void {
  try {
    sessionStorage.setItem(PLACE_KEY, JSON.stringify(value));
  } catch {
    /* without storage, the #id still lands on the paragraph */
  }
}

/** True once the reader moves the page themselves (not by pressing a view link), from now on. */
function readerMoves(): () => boolean {
  let moved = false;
  const onToggle = (event: Event) => event.target instanceof Element && event.target.closest('[data-view-link]') !== null;
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown', 'hashchange']) {
    window.addEventListener(type, (event) => (moved ||= !onToggle(event)), { passive: true });
  }
  return () => moved;
}

/**
 * <view-toggle>: the view links it holds. On arrival by one of them, the page
 * puts the reader's place back; on a click, the place goes with the link.
 */
export class ViewToggle extends HTMLElement {
  connectedCallback(): void {
    const page = pageKey(window.location.pathname);
    const arrived = arrivedPlace(page);

    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-view-link]')) {
      link.addEventListener('click', () => {
        writeStored(VIEW_KEY, link.dataset.viewLink ?? '');
        const place = arrived && !moved() ? arrived : readingPlace(document);
        const anchor = place?.anchor ?? topmostAnchor(document);
        const url = new URL(link.href);
        url.hash = anchor ? `#${anchor}` : '';
        link.href = url.href;
        if (place) storePlace({ place, page });
        else {
          try {
            sessionStorage.removeItem(PLACE_KEY);
          } catch {
            /* nothing stored */
          }
        }
      });
    }
  }
}

/**
 * The place the reader arrived with by a view link, put back where it stood
 * (once now, and again once the page has loaded, unless the reader has moved).
 * Until they move, it stays their place, though the page could not put it at
 * the same height (near its end), so EN → 中文 → EN comes back where it began.
 * Once per page, however many toggles it holds.
 */
let arrival: ReadingPlace | null | undefined;
function arrivedPlace(page: string): ReadingPlace | null {
  if (arrival !== undefined) return arrival;
  arrival = null;
  const stored = readStoredPlace();
  if (!stored || stored.page !== page || window.location.hash !== `#${stored.place.anchor}`) return arrival;
  arrival = stored.place;
  restorePlace(document, arrival);
  // Late layout (fonts, the browser's own jump to the #id) can move the page.
  if (document.readyState !== 'complete') window.addEventListener('load', () => !moved() && restorePlace(document, stored.place), { once: true });
  return arrival;
}

const moved = readerMoves();
customElements.define('view-toggle', ViewToggle);

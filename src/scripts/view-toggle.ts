/**
 * Enhances the EN | 中文 | EN+中文 links: the reader lands on the same
 * sentence (or chart, or figure card) at the same height in the window, and
 * the choice is remembered for later visits. The links still carry the
 * paragraph's #id, so the browser lands near it before this script refines it.
 */
import { VIEW_KEY, writeStored } from './storage';
import { readingPlace, restorePlace, topmostAnchor, type ReadingPlace } from './reading-position';

const PLACE_KEY = 'esg:reading-place';

interface StoredPlace {
  place: ReadingPlace;
  /** The page (any view) the place belongs to, without its view: "/sections/closing/". */
  page: string;
  /** Where this page was scrolled once the place was restored: unmoved since, the reader is still there. */
  scrollY?: number;
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

export function enhanceViewToggle(): void {
  const page = pageKey(window.location.pathname);
  const stored = readStoredPlace();
  if (stored && stored.page === page && window.location.hash === `#${stored.place.anchor}`) {
    const restore = () => {
      restorePlace(document, stored.place);
      storePlace({ ...stored, scrollY: window.scrollY });
    };
    restore();
    // Late layout (fonts, the browser's own jump to the #id) can move the page: put the place back once loaded,
    // unless the reader has moved it since.
    let moved = false;
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(type, () => (moved = true), { once: true, passive: true });
    if (document.readyState !== 'complete') window.addEventListener('load', () => !moved && restore(), { once: true });
  }

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view-link]')) {
    link.addEventListener('click', () => {
      writeStored(VIEW_KEY, link.dataset.viewLink ?? '');
      const again = readStoredPlace();
      // Unmoved since the last switch: keep the place the reader first had, so EN → 中文 → EN comes back where it began.
      const place =
        again && again.page === page && again.scrollY !== undefined && Math.abs(again.scrollY - window.scrollY) < 2 ? again.place : readingPlace(document);
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

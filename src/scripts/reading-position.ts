/** Elements with an id shared by every view: paragraph pairs, figure cards, section headings. */
const ANCHORS = '[data-anchor]';

/**
 * Id of the anchor the reader is looking at: the first one whose box reaches
 * below the top of the window. Null at the very top of the page.
 */
export function topmostAnchor(doc: Document): string | null {
  if (doc.defaultView && doc.defaultView.scrollY < 4) return null;
  for (const el of doc.querySelectorAll<HTMLElement>(ANCHORS)) {
    const box = el.getBoundingClientRect();
    if (box.bottom > 8 && box.height > 0) return el.id || null;
  }
  return null;
}

/** Elements with an id shared by every view: paragraph pairs, figure cards, section headings. */
const ANCHORS = '[data-anchor]';

/**
 * Id of the anchor the reader is looking at: the first one whose box reaches
 * below the line where a followed #anchor lands (its scroll-margin, just under
 * the sticky header). Null at the very top of the page.
 */
export function topmostAnchor(doc: Document): string | null {
  const win = doc.defaultView;
  if (!win || win.scrollY < 4) return null;
  for (const el of doc.querySelectorAll<HTMLElement>(ANCHORS)) {
    const box = el.getBoundingClientRect();
    const line = (parseFloat(win.getComputedStyle(el).scrollMarginTop) || 0) + 2;
    if (box.bottom > line && box.height > 0) return el.id || null;
  }
  return null;
}

/** Elements with an id shared by every view: paragraph pairs, figure cards, charts, section headings. */
const ANCHORS = '[data-anchor]';
/** What a reader can be looking at: a sentence, or a block that has none (a chart, a figure card, a heading). */
const PLACES = '.sentence, [data-anchor]:not([data-pair])';

/** The line where a followed #anchor lands: just under the sticky header (the anchors' scroll-margin). */
function readingLine(doc: Document): number {
  const first = doc.querySelector<HTMLElement>(ANCHORS);
  return (first ? parseFloat(doc.defaultView!.getComputedStyle(first).scrollMarginTop) || 0 : 0) + 2;
}

/**
 * Id of the anchor the reader is looking at: the first one whose box reaches
 * below the reading line. Null at the very top of the page.
 */
export function topmostAnchor(doc: Document): string | null {
  const win = doc.defaultView;
  if (!win || win.scrollY < 4) return null;
  const line = readingLine(doc);
  for (const el of doc.querySelectorAll<HTMLElement>(ANCHORS)) {
    const box = el.getBoundingClientRect();
    if (box.bottom > line && box.height > 0) return el.id || null;
  }
  return null;
}

/**
 * Where the reader is, finer than the anchor: the sentence (or chart, card,
 * heading) at the reading line, how far into it the line falls (a fraction of
 * its height) or how far below the line it begins. Same in every view, so the
 * other view can put the same sentence at the same height.
 */
function besideTheText(el: HTMLElement): boolean {
  const cards = el.closest('.figure-cards');
  const text = cards?.parentElement?.querySelector('.pair__text');
  return Boolean(cards && text && cards.getBoundingClientRect().left >= text.getBoundingClientRect().right);
}

export interface ReadingPlace {
  anchor: string;
  sentence: number | null;
  /** The language of the half the sentence was read in. */
  lang: string | null;
  fraction: number;
  below: number;
}

export function readingPlace(doc: Document): ReadingPlace | null {
  const win = doc.defaultView;
  if (!win || win.scrollY < 4) return null;
  const line = readingLine(doc);
  for (const el of doc.querySelectorAll<HTMLElement>(PLACES)) {
    const box = el.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= line) continue;
    // A block holding other places (a section of cards) is read through them.
    if (el.querySelector(PLACES)) continue;
    // Cards in the margin beside the text are glanced at, not read down: the place is in the text's column.
    if (besideTheText(el)) continue;
    const anchor = el.closest<HTMLElement>(ANCHORS);
    if (!anchor?.id) continue;
    // Only the last line of a sentence is below the line, and the next sentence begins on it: the reader is there.
    const next = el.nextElementSibling;
    // (A line can hold several boxes of one sentence, split at its figure links: lines are told apart by their tops.)
    const lines = new Set([...el.getClientRects()].filter((r) => r.bottom > line).map((r) => Math.round(r.top)));
    const lastLine = Math.max(...lines);
    const read = next?.classList.contains('sentence') && lines.size === 1 && Math.abs(next.getClientRects()[0].top - lastLine) < 2 ? (next as HTMLElement) : el;
    const readBox = read === el ? box : read.getBoundingClientRect();
    const sentence = read.classList.contains('sentence') ? Number(read.dataset.sentence) : null;
    return {
      anchor: anchor.id,
      sentence,
      lang: sentence === null ? null : (read.closest<HTMLElement>('[lang]')?.lang ?? null),
      fraction: readBox.top < line ? (line - readBox.top) / readBox.height : 0,
      below: Math.max(0, readBox.top - line),
    };
  }
  return null;
}

/** The element of a place in this page's view: the sentence in the same language if shown, else its counterpart. */
function placeElement(doc: Document, place: ReadingPlace): HTMLElement | null {
  const anchor = doc.getElementById(place.anchor);
  if (!anchor || place.sentence === null) return anchor;
  const sentences = [...anchor.querySelectorAll<HTMLElement>(`.sentence[data-sentence="${place.sentence}"]`)];
  return sentences.find((s) => s.closest<HTMLElement>('[lang]')?.lang === place.lang) ?? sentences[0] ?? anchor;
}

/** Scrolls so the place stands where it stood in the view the reader came from. */
export function restorePlace(doc: Document, place: ReadingPlace): void {
  const el = placeElement(doc, place);
  const win = doc.defaultView;
  if (!el || !win) return;
  const box = el.getBoundingClientRect();
  const top = readingLine(doc) + place.below - place.fraction * box.height;
  win.scrollTo(0, Math.round(win.scrollY + box.top - top));
}

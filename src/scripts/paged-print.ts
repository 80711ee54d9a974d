/**
 * The whole excerpt laid out in pages by Paged.js, in the window, so that the
 * contents can give each part's page number: Chromium has no target-counter()
 * on paper. Printing these pages gives the same pages: Paged.js sets the sheet
 * size and margins itself. Loaded only when the whole excerpt is printed, or
 * opened with ?pages=A4 or ?pages=Letter.
 */
import { Handler, Previewer, registerHandlers } from 'pagedjs';
import { pageArea, settleSizeQueries, type Paper } from '../lib/paper';
import pagedScreenCss from '../styles/paged.css?inline';

/**
 * Each contents entry ends with the page its part starts on, level with its
 * last line at the right of a column narrow enough to read across (Paged.js
 * resolves target-counter(); Chromium alone would drop it).
 */
const contentsNumbers =
  '.toc ol{max-width:38rem}.toc a{display:block;position:relative;padding-inline-end:3em}' +
  '.toc a::after{content:target-counter(attr(href url),page);position:absolute;inset-inline-end:0;bottom:0}';

/**
 * A box split over two pages draws its bottom rule once, at its end, as the
 * browser's own print does: otherwise a paragraph moved whole to the next page
 * leaves the start of its box, a second rule, under the one before.
 */
const splitEnds = '[data-split-to]{border-block-end-width:0}';

/** Adapts the page to Paged.js: media queries answered for the chosen paper, what print hides taken out. */
function pagedAdaptations(paper: Paper) {
  return class extends Handler {
    beforeTreeParse(text: string, sheet: { text: string }): void {
      sheet.text = settleSizeQueries(text, pageArea(paper));
    }
    /**
     * The site's chrome that print hides (skip link, header, footer) is still
     * content to Paged.js: the cover's named page would open a second sheet after
     * the hidden header, and the hidden footer a blank last one. Taken out here.
     */
    filter(content: DocumentFragment): void {
      for (const hidden of content.querySelectorAll('[data-undisplayed]')) {
        if (!hidden.closest('main')) hidden.remove();
      }
    }
    /**
     * The colophon is named after the closing's pages so that Chromium keeps it
     * there; Paged.js would break before it instead. On these pages it shows on
     * screen too, so it is no longer hidden from assistive technology.
     */
    afterParsed(parsed: DocumentFragment): void {
      const colophon = parsed.querySelector('.print-colophon');
      colophon?.removeAttribute('data-page');
      colophon?.removeAttribute('aria-hidden');
    }
  };
}

/**
 * Lays the page out as pages of the given paper, with the bar (from the
 * template) above them on screen. Resolves once every page is made; the
 * count is then on <html data-paged-done>.
 */
export async function layOutPages(paper: Paper, bar: DocumentFragment | null): Promise<void> {
  document.documentElement.dataset.paged = paper;
  const style = document.createElement('style');
  style.textContent = `@media print{@page{size:${paper === 'A4' ? 'A4' : 'letter'}}${contentsNumbers}${splitEnds}}`;
  document.head.append(style);
  registerHandlers(pagedAdaptations(paper));
  const flow = await new Previewer().preview();

  const screen = document.createElement('style');
  screen.dataset.pagedjsIgnore = '';
  screen.textContent = pagedScreenCss;
  document.head.append(screen);
  if (bar) {
    for (const link of bar.querySelectorAll<HTMLAnchorElement>('[data-paper]')) {
      if (link.dataset.paper === paper) link.setAttribute('aria-current', 'page');
    }
    bar.querySelector('[data-paged-print]')?.addEventListener('click', () => window.print());
    document.body.prepend(bar);
  }
  document.documentElement.dataset.pagedDone = String(flow.total);
}

/**
 * <print-button>: its button opens the browser's print dialog (Ctrl/⌘+P works without it).
 * Its code loads when the reader first reaches for it (src/scripts/on-demand.ts).
 * On the whole excerpt (data-paged) the button and Ctrl/⌘+P first lay the pages
 * out with Paged.js (src/scripts/paged-print.ts), so that the contents carry page
 * numbers; ?pages=A4 or ?pages=Letter shows those pages without printing. If
 * Paged.js cannot load or fails, the browser prints as it would have anyway.
 */
import { loadOnce } from '../lib/load-once';
import { PAPER_PARAM } from '../lib/address-params';
import { isPaper, likelyPaper, type Paper } from '../lib/paper';
import { prefetchOnPointer, startLoad } from './on-demand';

const loadPaged = loadOnce(() => import('./paged-print'));

/** The paper the address asks for (?pages=A4 or ?pages=Letter), if any. */
function askedPaper(): Paper | null {
  const asked = new URL(location.href).searchParams.get(PAPER_PARAM);
  return isPaper(asked) ? asked : null;
}

export class PrintButton extends HTMLElement {
  /** Prints: on the whole excerpt, once its pages are laid out (Ctrl/⌘+P asks this too: src/scripts/report-page.ts). */
  print: () => void = () => window.print();

  connectedCallback(): void {
    // Inside pages Paged.js has made: the copy of this element there has nothing to do.
    if (document.documentElement.dataset.paged) return;
    const button = this.querySelector('button');
    button?.addEventListener('click', () => this.print());
    if (!this.hasAttribute('data-paged')) return;
    const bar = this.querySelector<HTMLTemplateElement>('template[data-paged-bar]');
    let laidOut: Promise<void> | null = null;
    // Once only: Paged.js takes the page's content into its pages. Only a failed
    // load of Paged.js is tried again; a failed layout prints as the browser would.
    const layOut = (paper: Paper) =>
      (laidOut ??= loadPaged().then(
        async (paged) => {
          await paged.layOutPages(paper, bar ? (bar.content.cloneNode(true) as DocumentFragment) : null);
          const url = new URL(location.href);
          url.searchParams.set(PAPER_PARAM, paper);
          history.replaceState(history.state, '', url);
        },
        (error: unknown) => {
          laidOut = null;
          throw error;
        },
      ));
    this.print = () => {
      layOut(askedPaper() ?? likelyPaper(navigator.language)).then(
        () => window.print(),
        () => window.print(),
      );
    };
    // Loading Paged.js takes a moment: start as the pointer comes near.
    if (button) prefetchOnPointer(button, loadPaged);
    const asked = askedPaper();
    if (asked) startLoad(() => layOut(asked));
  }
}

customElements.define('print-button', PrintButton);

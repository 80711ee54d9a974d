/**
 * <print-button>: its button opens the browser's print dialog (Ctrl/⌘+P works without it).
 * On the whole excerpt (data-paged) the button and Ctrl/⌘+P first lay the pages
 * out with Paged.js (src/scripts/paged-print.ts), so that the contents carry page
 * numbers; ?pages=A4 or ?pages=Letter shows those pages without printing. If
 * Paged.js cannot load or fails, the browser prints as it would have anyway.
 */
import { loadOnce } from '../lib/load-once';
import { isPaper, likelyPaper, type Paper } from '../lib/paper';

const loadPaged = loadOnce(() => import('./paged-print'));

/** The paper the address asks for (?pages=A4 or ?pages=Letter), if any. */
function askedPaper(): Paper | null {
  const asked = new URL(location.href).searchParams.get('pages');
  return isPaper(asked) ? asked : null;
}

export class PrintButton extends HTMLElement {
  connectedCallback(): void {
    // Inside pages Paged.js has made: the copy of this element there has nothing to do.
    if (document.documentElement.dataset.paged) return;
    const button = this.querySelector('button');
    if (!this.hasAttribute('data-paged')) {
      button?.addEventListener('click', () => window.print());
      return;
    }
    const bar = this.querySelector<HTMLTemplateElement>('template[data-paged-bar]');
    let laidOut: Promise<void> | null = null;
    // Once only: Paged.js takes the page's content into its pages. Only a failed
    // load of Paged.js is tried again; a failed layout prints as the browser would.
    const layOut = (paper: Paper) =>
      (laidOut ??= loadPaged().then(
        async (paged) => {
          await paged.layOutPages(paper, bar ? (bar.content.cloneNode(true) as DocumentFragment) : null);
          const url = new URL(location.href);
          url.searchParams.set('pages', paper);
          history.replaceState(history.state, '', url);
        },
        (error: unknown) => {
          laidOut = null;
          throw error;
        },
      ));
    const printPages = () => {
      layOut(askedPaper() ?? likelyPaper(navigator.language)).then(
        () => window.print(),
        () => window.print(),
      );
    };
    button?.addEventListener('click', printPages);
    // Loading Paged.js takes a moment: start as the pointer comes near.
    button?.addEventListener('pointerenter', () => void loadPaged().catch(() => undefined), { once: true });
    document.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (document.documentElement.dataset.paged) return; // Pages are laid out: the browser prints them.
      event.preventDefault();
      printPages();
    });
    const asked = askedPaper();
    if (asked) void layOut(asked).catch(() => undefined);
  }
}

customElements.define('print-button', PrintButton);

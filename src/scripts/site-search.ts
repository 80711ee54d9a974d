/**
 * <site-search>: the Search link it holds opens the search dialog instead of
 * leaving the page. (The page's first script makes the link a button from the
 * start, and opens the dialog on Space, "/" and Ctrl/⌘+K:
 * src/scripts/report-page.ts.)
 *
 * This code loads as the reader reaches for the link (src/scripts/on-demand.ts)
 * and fetches the view's dialog at once: the server's HTML with its styles, in
 * a document of their own (src/scripts/search-document.ts), so that no page
 * carries them before they are wanted. The search itself
 * (src/scripts/search.ts, then Pagefind and the figures' records) loads when
 * the dialog is first opened, or as the pointer comes near the button.
 *
 * A dialog that cannot load leaves the link what it is without JavaScript (the
 * key figures); a search that cannot load is said in the dialog. Either is
 * tried again on the next opening, the search also when the connection returns.
 */
import { loadOnce } from '../lib/load-once';
import { prefetchOnPointer, startLoad } from './on-demand';
import { loadSearchDocument } from './search-document';

const loadCode = loadOnce(() => import('./search'));

/** The view's dialog, adopted from its document, its styles in place. */
async function fetchDialog(address: string): Promise<HTMLDialogElement> {
  const dialog = (await loadSearchDocument(address)).querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) throw new Error('The search dialog\'s document holds no dialog');
  return document.adoptNode(dialog);
}

export class SiteSearch extends HTMLElement {
  /**
   * Opens the dialog (the shortcuts ask for this; set once the link is found). `typed`: what the reader typed
   * while it was on its way, put in its box.
   */
  open: (typed?: () => string) => Promise<void> = () => Promise.resolve();

  connectedCallback(): void {
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const address = this.dataset.dialog;
    if (!opener || !address) return;

    /** The dialog, in place and working; once. */
    const dialogs = loadOnce(() =>
      fetchDialog(address).then((dialog) => {
        this.append(dialog);
        return workDialog(dialog);
      }),
    );
    this.open = (typed) =>
      dialogs().then(
        (open) => open(typed?.() ?? ''),
        // Without its dialog, the control is what it is without JavaScript: a link to the key figures.
        () => window.location.assign(opener.href),
      );

    opener.addEventListener('click', (event) => {
      event.preventDefault();
      void this.open();
    });
    // The reader is reaching for search: the dialog now, and the search as the pointer comes near.
    startLoad(dialogs);
    prefetchOnPointer(opener, loadCode);
  }
}

/** Wires a dialog: closing, and the search behind it. Returns what opens it, with any text typed ahead in its box. */
function workDialog(dialog: HTMLDialogElement): (typed: string) => void {
  const input = dialog.querySelector<HTMLInputElement>('input[type="text"]')!;
  const workings = loadOnce(() => loadCode().then((search) => search.searchDialog(dialog)));
  const unavailable = () => {
    const status = dialog.querySelector<HTMLElement>('[role="status"]');
    const messages = JSON.parse(dialog.dataset.messages ?? '{}') as { unavailable?: string };
    if (status) status.textContent = messages.unavailable ?? '';
  };
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  window.addEventListener('online', () => {
    if (dialog.open) workings().then((search) => search.opened(), unavailable);
  });
  return (typed) => {
    if (dialog.open) return;
    dialog.showModal();
    input.focus();
    // Typed ahead, the text is the query (searched once the search is there); else the last query is selected, to replace.
    if (typed) input.value = typed;
    else input.select();
    workings().then((search) => search.opened(), unavailable);
  };
}

customElements.define('site-search', SiteSearch);

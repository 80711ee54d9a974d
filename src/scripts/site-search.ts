/**
 * <site-search>: the Search link it holds becomes a button that opens its
 * dialog (also on "/" and Ctrl/⌘+K). The dialog is the server's HTML, so it
 * opens at once; the search itself (src/scripts/search.ts, then Pagefind and
 * the figures' records) loads when it is first wanted, or as the pointer
 * comes near the button. A failed load is said and tried again on the next
 * opening or when the connection returns.
 */
import { HIT_PARAM } from '../lib/search-hits';
import { loadOnce } from '../lib/load-once';

const loadCode = loadOnce(() => import('./search'));

export class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const opener = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const dialog = this.querySelector<HTMLDialogElement>('[data-search-dialog]');
    const input = dialog?.querySelector<HTMLInputElement>('input[type="text"]');
    if (!opener || !dialog || !input) return;

    const workings = loadOnce(() => loadCode().then((search) => search.searchDialog(dialog)));
    const unavailable = () => {
      const status = dialog.querySelector<HTMLElement>('[role="status"]');
      const messages = JSON.parse(dialog.dataset.messages ?? '{}') as { unavailable?: string };
      if (status) status.textContent = messages.unavailable ?? '';
    };
    const open = () => {
      if (dialog.open) return;
      dialog.showModal();
      input.focus();
      input.select();
      workings().then((search) => search.opened(), unavailable);
    };

    // The link becomes a button: it opens the dialog instead of leaving the page.
    opener.setAttribute('role', 'button');
    opener.setAttribute('aria-haspopup', 'dialog');
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    opener.addEventListener('keydown', (event) => {
      // A button opens on Space too.
      if (event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    opener.addEventListener('pointerenter', () => void loadCode().catch(() => undefined), { once: true });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    window.addEventListener('online', () => {
      if (dialog.open) workings().then((search) => search.opened(), unavailable);
    });
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        open();
      }
    });

    // Arrived from a search result: mark what it matched (the code loads only then).
    if (new URLSearchParams(window.location.search).has(HIT_PARAM)) void import('./search-hits').then((hits) => hits.markSearchHits());
  }
}

customElements.define('site-search', SiteSearch);

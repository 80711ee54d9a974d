/**
 * The search dialog's document (src/pages/[view]/search-dialog.astro): the
 * view's dialog as the server writes it, and the stylesheet of everything
 * search shows (SearchDialog.css: the dialog, its results, the marks a result
 * leaves on its page). Neither is in the pages: they come when search is
 * first wanted (src/scripts/site-search.ts) or a page is opened from a result
 * (src/scripts/search-hits.ts).
 */
import { loadOnce } from '../lib/load-once';

/** A stylesheet put in the page's head, once loaded; a failed one is taken out again, so the next try fetches it anew. */
function addStylesheet(href: string): Promise<void> {
  if ([...document.styleSheets].some((sheet) => sheet.href === new URL(href, location.href).href)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return new Promise((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`${href} did not load`));
    });
    document.head.append(link);
  });
}

/** Fetches the document at this address and puts its styles in the page. */
async function fetchSearchDocument(address: string): Promise<Document> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  const served = new DOMParser().parseFromString(await response.text(), 'text/html');
  const sheets = [...served.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '');
  await Promise.all(sheets.filter(Boolean).map(addStylesheet));
  // `astro dev` writes the styles into the document instead of linking them.
  const written = new Set([...document.querySelectorAll('style')].map((style) => style.textContent));
  for (const style of served.head.querySelectorAll('style')) if (!written.has(style.textContent)) document.head.append(document.adoptNode(style));
  return served;
}

const documents = new Map<string, () => Promise<Document>>();

/**
 * The search dialog's document at this address (the search control's data-dialog), once its stylesheets are in the
 * page. Fetched once, whoever asks first; a failed fetch is tried again at the next asking.
 */
export function loadSearchDocument(address: string): Promise<Document> {
  if (!documents.has(address)) documents.set(address, loadOnce(() => fetchSearchDocument(address)));
  return documents.get(address)!();
}

/**
 * On arrival from a search result (?mark=…#block): marks the matched words in
 * the block the result pointed at (or the whole report text when it named
 * none) and shows a small bar that says what is marked and clears it. Clearing
 * takes the words out of the address, so a reload or a copied link is clean.
 */
import type { Bilingual } from '../lib/figures';
import { HIT_PARAM } from '../lib/address-params';
import { hitRanges, hitTerms } from '../lib/search-hits';
import { LANG_TAG, isView, langsOf } from '../lib/views';
import { loadSearchDocument } from './search-document';

const MARK_CLASS = 'search-hit';

/** Wraps each range of a text node in <mark>, working backwards so earlier offsets stay true. */
function markText(node: Text, ranges: [number, number][]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const [start, end] of [...ranges].reverse()) {
    const hit = node.splitText(start);
    hit.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = MARK_CLASS;
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
  }
  return marks;
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, svg, [hidden], .sr-only, button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Site words in the view's languages, each tagged with its own where the page has two. */
function localized(text: Bilingual, view: string): Node[] {
  const langs = langsOf(isView(view) ? view : 'en');
  return langs.flatMap((lang, i) => {
    const span = document.createElement('span');
    span.textContent = text[lang];
    if (langs.length > 1) span.lang = LANG_TAG[lang];
    return i ? [document.createTextNode(' · '), span] : [span];
  });
}

/** The bar that says what is marked and clears it; built here, as it exists only with marks. */
function hitsBar(terms: string[], control: HTMLElement): HTMLElement {
  const view = document.documentElement.dataset.view ?? 'en';
  const messages = JSON.parse(control.dataset.marks ?? '{}') as { marked: Bilingual; clearMarks: Bilingual };
  const bar = document.createElement('div');
  bar.className = 'search-hits';
  bar.dataset.searchHits = '';
  const label = document.createElement('span');
  label.append(...localized(messages.marked, view));
  const shown = document.createElement('span');
  shown.textContent = terms.map((term) => `“${term}”`).join(' ');
  const button = document.createElement('button');
  button.type = 'button';
  button.append(...localized(messages.clearMarks, view));
  bar.append(label, shown, button);
  return bar;
}

export async function markSearchHits(): Promise<void> {
  const url = new URL(window.location.href);
  const terms = hitTerms(url.searchParams.getAll(HIT_PARAM));
  if (terms.length === 0) return;
  // The search control holds the bar's words, and names the dialog's document, which brings search's styles (SearchDialog.css).
  // Without those the browser's own <mark> still shows the words.
  const control = document.querySelector<HTMLElement>('site-search[data-marks]');
  if (control?.dataset.dialog) await loadSearchDocument(control.dataset.dialog).catch(() => undefined);
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  const scope = target ?? document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!scope) return;
  const marks = textNodes(scope).flatMap((node) => markText(node, hitRanges(node.data, terms)));
  const bar = marks.length && control ? hitsBar(terms, control) : null;
  if (!bar) return;
  // After the main content in reading order: a screen reader meets it once the passage is read.
  const main = scope.closest('main');
  if (main) main.after(bar);
  else document.body.append(bar);
  const clear = () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    scope.normalize();
    const hadFocus = bar.contains(document.activeElement);
    bar.remove();
    document.removeEventListener('keydown', onKey);
    url.searchParams.delete(HIT_PARAM);
    history.replaceState(history.state, '', url);
    // The button is gone: focus goes to the passage it was about, not to the top of the page.
    if (hadFocus && target) {
      target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !document.querySelector('dialog[open]')) clear();
  };
  bar.querySelector('button')!.addEventListener('click', clear);
  document.addEventListener('keydown', onKey);
}

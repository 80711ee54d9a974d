/**
 * On arrival from a search result (?mark=…#block): marks the matched words in
 * the block the result pointed at (or the whole report text when it named
 * none) and shows a small bar that says what is marked and clears it. Clearing
 * takes the words out of the address, so a reload or a copied link is clean.
 */
import { HIT_PARAM, hitRanges, hitTerms } from '../lib/search-hits';

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

export function markSearchHits(): void {
  const url = new URL(window.location.href);
  const terms = hitTerms(url.searchParams.getAll(HIT_PARAM));
  const bar = document.querySelector<HTMLElement>('[data-search-hits]');
  if (terms.length === 0 || !bar) return;
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  const scope = target ?? document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!scope) return;
  const marks = textNodes(scope).flatMap((node) => markText(node, hitRanges(node.data, terms)));
  if (marks.length === 0) return;

  bar.querySelector('[data-search-hits-terms]')!.textContent = terms.map((term) => `“${term}”`).join(' ');
  bar.hidden = false;
  const clear = () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    scope.normalize();
    const hadFocus = bar.contains(document.activeElement);
    bar.hidden = true;
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

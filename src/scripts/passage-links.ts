/**
 * Links to a passage. "Copy link" copies the address of its paragraph
 * (?passage#paragraph), or of the sentence marked in it
 * (?sentence=n#paragraph); opening such an address in any view lands on the
 * paragraph (the browser does that) and marks it or the sentence (this script).
 * The view toggle's #paragraph links carry no such mark: landing there is not
 * being pointed at. The copy is announced in a polite live region.
 */
import { PASSAGE_PARAM, SENTENCE_PARAM } from '../lib/address-params';

function announce(text: string): void {
  let region = document.querySelector<HTMLElement>('[data-passage-status]');
  if (!region) {
    region = document.createElement('p');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.dataset.passageStatus = '';
    document.body.append(region);
  }
  // Emptied first, so the same words are said again on a second copy.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = text), 50);
}

/** The address of a paragraph, or of one of its sentences, in this view. */
export function passageAddress(location: Location, id: string, sentence: number | null): string {
  const url = new URL(location.href);
  url.search = sentence === null ? `?${PASSAGE_PARAM}` : `?${SENTENCE_PARAM}=${sentence}`;
  url.hash = id;
  return url.href;
}

export function enhancePassageLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-passage-link]');
    if (!link || !navigator.clipboard) return;
    event.preventDefault();
    const id = link.dataset.passageLink!;
    const marked = document.getElementById(id)?.querySelector<HTMLElement>('.sentence.is-pinned');
    const address = passageAddress(window.location, id, marked ? Number(marked.dataset.sentence) : null);
    navigator.clipboard.writeText(address).then(
      () => {
        link.dataset.copied = '';
        window.setTimeout(() => delete link.dataset.copied, 2000);
        announce(link.dataset.copiedText ?? '');
      },
      // No clipboard (permission refused): follow the link instead, so the address is in the address bar.
      () => window.location.assign(address),
    );
  });

  // Arrived by a passage's address: mark the paragraph, or the sentence in every half that has it.
  const params = new URLSearchParams(window.location.search);
  const sentence = params.get(SENTENCE_PARAM);
  const pair = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  if (!pair) return;
  if (sentence !== null && /^\d+$/.test(sentence)) {
    for (const span of pair.querySelectorAll<HTMLElement>(`.sentence[data-sentence="${sentence}"]`)) span.classList.add('is-pinned');
  } else if (params.has(PASSAGE_PARAM)) {
    pair.classList.add('is-linked');
  }
}

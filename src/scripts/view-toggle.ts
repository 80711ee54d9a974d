/**
 * Enhances the EN | 中文 | EN+中文 links: the reader lands on the same
 * paragraph they were reading, and the choice is remembered for later visits.
 */
import { VIEW_KEY, writeStored } from './storage';
import { topmostAnchor } from './reading-position';

export function enhanceViewToggle(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view-link]')) {
    link.addEventListener('click', () => {
      writeStored(VIEW_KEY, link.dataset.viewLink ?? '');
      const anchor = topmostAnchor(document);
      const url = new URL(link.href);
      url.hash = anchor ? `#${anchor}` : '';
      link.href = url.href;
    });
  }
}

/** On the 404 page: offers the address the reader probably meant, when there is one. */
import { likelyAddress } from '../lib/likely-address';
import { isView } from '../lib/views';
import { VIEW_KEY } from './storage';

function storedView() {
  try {
    const view = localStorage.getItem(VIEW_KEY);
    return isView(view) ? view : undefined;
  } catch {
    return undefined;
  }
}

export function offerLikelyAddress(offer: HTMLElement): void {
  const pages = JSON.parse(offer.dataset.pages ?? '[]') as string[];
  const address = likelyAddress(offer.dataset.base ?? '/', location.pathname, pages, storedView());
  if (!address) return;
  const link = offer.querySelector('a')!;
  link.href = address + location.hash;
  link.textContent = address;
  offer.hidden = false;
}

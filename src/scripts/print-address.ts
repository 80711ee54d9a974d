/**
 * The colophon's address and date, as they are when the page prints: set at
 * load (so `chromium --print-to-pdf` has them) and again just before printing.
 */
import { printAddress, printDate } from '../lib/print';

export function showPrintAddress(): void {
  const update = () => {
    const address = printAddress(location.href);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-print-address]')) {
      link.href = address;
      link.textContent = address;
    }
    for (const date of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
      const day = printDate(new Date());
      // The <time> is made here: an empty one in the built page is invalid HTML.
      const time = document.createElement('time');
      time.dateTime = day;
      time.textContent = day;
      date.querySelector('[data-print-day]')!.replaceChildren(time);
      date.hidden = false;
    }
  };
  update();
  window.addEventListener('beforeprint', update);
}

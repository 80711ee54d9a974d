/** Keys shared with src/scripts/boot.js, which reads them before the first paint. */
export const THEME_KEY = 'esg:theme';
export const VIEW_KEY = 'esg:view';
/** Where the reader was when they changed view (sessionStorage), put back on the page they arrive at. */
export const PLACE_KEY = 'esg:reading-place';

/** localStorage can throw (blocked storage); a lost preference is not an error. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* the choice still applies to this page */
  }
}

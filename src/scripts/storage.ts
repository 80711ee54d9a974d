/** Keys shared with src/scripts/boot.js, which reads them before the first paint. */
export const THEME_KEY = 'esg:theme';
export const VIEW_KEY = 'esg:view';

/** localStorage can throw (blocked storage); a lost preference is not an error. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* the choice still applies to this page */
  }
}

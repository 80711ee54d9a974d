/**
 * The scripts that run in <head> before the first paint: written into the
 * page rather than fetched, so the page needs no request more before it can
 * show, and allowed by the Content-Security-Policy by their hashes (no
 * 'unsafe-inline'). Minified at build time; each hash is of exactly the text
 * written.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import boot from '../scripts/boot.js?raw';
import chooseView from '../scripts/choose-view.js?raw';

const minified = (source: string) => transformSync(source, { minify: true, target: 'es2017' }).code.trim();

/** Every page's: the reader's theme (src/scripts/boot.js). */
export const BOOT_SCRIPT = minified(boot);
/** The root page's: on to the reader's view (src/scripts/choose-view.js). */
export const CHOOSE_VIEW_SCRIPT = minified(chooseView);

/** A CSP source expression for a script's exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

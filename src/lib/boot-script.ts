/**
 * The script that runs in <head> before the first paint (src/scripts/boot.js):
 * written into every page rather than fetched, so the page needs one request
 * less before it can show, and allowed by the Content-Security-Policy by its
 * hash (no 'unsafe-inline'). Minified at build time; the hash is of exactly
 * the text written.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import source from '../scripts/boot.js?raw';

export const BOOT_SCRIPT = transformSync(source, { minify: true, target: 'es2017' }).code.trim();

/** A CSP source expression for a script's exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

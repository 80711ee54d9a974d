/**
 * The page's Content-Security-Policy (a meta tag: the site is static). Scripts
 * only from the site itself, and the inline scripts the page holds before the
 * first paint (src/lib/boot-script.ts) by their hashes; 'wasm-unsafe-eval'
 * lets Pagefind run its WebAssembly search. Styles may be inline: the print
 * running heads and Chart.js set them. frame-ancestors cannot be set by a
 * meta tag: send it as a header where the host allows (see README).
 */
import { scriptHash } from './boot-script';

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScripts.map(scriptHash)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

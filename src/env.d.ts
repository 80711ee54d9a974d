declare namespace App {
  interface Locals {
    /** The page's view, languages and links, set by src/middleware.ts. */
    page: import('./lib/page-view').PageView;
  }
}

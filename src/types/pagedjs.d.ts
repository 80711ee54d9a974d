/** The part of Paged.js (https://pagedjs.org) the whole excerpt's print uses; the package ships no types. */
declare module 'pagedjs' {
  export class Handler {
    constructor(chunker: unknown, polisher: unknown, caller: unknown);
  }
  export class Previewer {
    constructor(options?: Record<string, unknown>);
    /** Lays the document's body out in pages (its content and stylesheets when none are given). */
    preview(content?: DocumentFragment, stylesheets?: unknown[], renderTo?: HTMLElement): Promise<{ total: number; pages: unknown[] }>;
  }
  export function registerHandlers(...handlers: (typeof Handler)[]): void;
}

import { AstroError } from 'astro/errors';
import type { Bilingual } from './figures';
import { textFor } from './ui-text';
import { langsOf, pageLang, splitViewPath, viewPath, type Lang, type View } from './views';

/**
 * What every component needs to know about the page being rendered, put on
 * `Astro.locals` by `src/middleware.ts` (Astro's per-request data) so no
 * component takes the view as a prop or reads it again from the URL.
 */
export interface PageView {
  /** The view read; pages outside the views (root chooser, 404) are read side by side. */
  view: View;
  /** Languages shown, in reading order. */
  langs: Lang[];
  /** Language of the page as a whole (`<html lang>`). */
  lang: Lang;
  /** Path of the page inside its view ("", "report/", "sections/x/"); null outside the views. */
  rest: string | null;
  /** Address of a page in this view ("figures/" → "/en/figures/"); a page outside the views has none. */
  href(rest?: string): string;
  /** Site wording in this view: one language, or both joined. */
  text(text: Bilingual, joiner?: string): string;
}

/** The page view of a request for `pathname` under the site's `base`. */
export function pageViewOf(base: string, pathname: string): PageView {
  const inView = splitViewPath(base, pathname);
  const view = inView?.view ?? 'en-zh';
  return {
    view,
    langs: langsOf(view),
    lang: pageLang(view),
    rest: inView?.rest ?? null,
    href(rest = '') {
      if (!inView) {
        throw new AstroError(
          `A link into a view was asked for on ${pathname}, which is outside the views.`,
          'Only pages under /en/, /zh/ or /en-zh/ link within their view: use viewPath(base, view, rest) with the view you mean, or move the component into a view page.',
        );
      }
      return viewPath(base, view, rest);
    },
    text: (text, joiner) => textFor(text, view, joiner),
  };
}

/**
 * `Astro.locals.page`, or a clear error when a component runs where the
 * middleware did not (an endpoint, a test render).
 */
export function pageView(locals: { page?: PageView }, component: string): PageView {
  if (!locals.page) {
    throw new AstroError(
      `${component} needs to know the page's view, but Astro.locals.page is not set.`,
      'Render it inside a page of this site (src/middleware.ts sets Astro.locals.page for every page), or give the render locals: { page: pageViewOf(base, pathname) }.',
    );
  }
  return locals.page;
}

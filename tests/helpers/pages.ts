import { VIEWS, type View } from '../../src/lib/views';
import { realContent } from './content';

export const SECTION_SLUGS = realContent().sections.map((s) => s.slug);

/** Every page of the site inside a view, as a path relative to the base. */
export function pagesOf(view: View): string[] {
  return [`${view}/`, `${view}/report/`, `${view}/figures/`, ...SECTION_SLUGS.map((slug) => `${view}/sections/${slug}/`)];
}

export const ALL_VIEW_PAGES = VIEWS.flatMap(pagesOf);

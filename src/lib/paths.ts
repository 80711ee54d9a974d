import { VIEWS, viewPath, type View } from './views';

/** Path of a section page inside a view. */
export function sectionRest(slug: string): string {
  return `sections/${slug}/`;
}

/** getStaticPaths entries for a page that exists once per view. */
export function viewPaths(): { params: { view: View } }[] {
  return VIEWS.map((view) => ({ params: { view } }));
}

/** Link to a paragraph on its section page. */
export function paragraphHref(base: string, view: View, section: string, paragraph: string): string {
  return `${viewPath(base, view, sectionRest(section))}#${paragraph}`;
}

/**
 * The three ways to read the site. A view is the first segment of every page's
 * path, so the same page in another view is the same path with another prefix.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const VIEWS = ['en', 'zh', 'en-zh'] as const;
export type View = (typeof VIEWS)[number];

/** BCP 47 tags used in `lang` and `hreflang`. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Languages shown in a view, in reading order. */
export function langsOf(view: View): Lang[] {
  return view === 'en-zh' ? ['en', 'zh'] : [view];
}

/** Language of the page as a whole: the side-by-side view is framed in English. */
export function pageLang(view: View): Lang {
  return view === 'zh' ? 'zh' : 'en';
}

export function isView(value: unknown): value is View {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/** Label of each view on the toggle, in its own language. */
export const VIEW_LABEL: Record<View, string> = { en: 'EN', zh: '中文', 'en-zh': 'EN+中文' };

/** The side-by-side view's name, in each language. */
export const SIDE_BY_SIDE_NAME = { en: 'English and Chinese side by side', zh: '中英对照' } as const;

/** Accessible name of each view, in its own language(s). */
export const VIEW_NAME: Record<View, string> = {
  en: 'English',
  zh: '简体中文',
  'en-zh': `${SIDE_BY_SIDE_NAME.en} · ${SIDE_BY_SIDE_NAME.zh}`,
};

/**
 * Joins the site's base path with a path inside a view. `base` is Astro's
 * BASE_URL ("/" or "/sub/path/"); `rest` has no leading slash ("sections/x/").
 */
export function viewPath(base: string, view: View, rest = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${view}/${rest}`;
}

/**
 * Splits a pathname into its view and the rest, or null when the path is
 * outside every view (the root chooser, the 404 page).
 */
export function splitViewPath(base: string, pathname: string): { view: View; rest: string } | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return null;
  const [first, ...rest] = pathname.slice(root.length).split('/');
  if (!isView(first)) return null;
  return { view: first, rest: rest.join('/') };
}

/** The view of the page being rendered; pages outside the views are read side by side. */
export function viewOfPath(base: string, pathname: string): View {
  return splitViewPath(base, pathname)?.view ?? 'en-zh';
}

import { isView, viewPath, type View } from './views';

/** Names readers type for a view, lower-cased, that are not the view's own segment. */
const VIEW_ALIASES: Record<string, View> = {
  'en-us': 'en',
  'en-gb': 'en',
  english: 'en',
  cn: 'zh',
  'zh-cn': 'zh',
  'zh-hans': 'zh',
  'zh-sg': 'zh',
  chinese: 'zh',
  中文: 'zh',
  'zh-en': 'en-zh',
  'en+zh': 'en-zh',
  bilingual: 'en-zh',
};

/**
 * The page a reader probably meant when `pathname` leads nowhere, or null.
 * `pages` are the site's paths inside a view ("", "report/", "sections/closing/").
 * It forgives a missing final slash, a stray "index.html", letter case, a view
 * spelt another way ("zh-CN", "chinese"), a missing view, and a section named
 * without "sections/". A path with no view is offered in `fallbackView`.
 */
export function likelyAddress(base: string, pathname: string, pages: readonly string[], fallbackView: View = 'en'): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  if (path.toLowerCase().startsWith(root.toLowerCase())) path = path.slice(root.length);
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'index.html');
  const first = segments[0] ?? '';
  const named = isView(first) ? first : VIEW_ALIASES[first];
  const view = named ?? fallbackView;
  const rest = named ? segments.slice(1) : segments;
  const candidates = [rest.join('/'), ['sections', ...rest].join('/')].map((candidate) => (candidate ? `${candidate}/` : ''));
  const found = candidates.find((candidate) => pages.includes(candidate));
  if (found === undefined) return named && rest.length === 0 ? viewPath(base, view) : null;
  const address = viewPath(base, view, found);
  // The address asked for is this very page: nothing better to offer.
  return address === pathname ? null : address;
}

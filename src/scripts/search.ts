/**
 * The search dialog: opens from the header control or "/" and Ctrl/⌘+K. On
 * opening it loads Pagefind and the figure search (src/lib/figure-search.ts)
 * with its list of shards; each query then fetches only the figure shards of
 * its own keys, once (see figureShards). It lists figures first, then pages grouped by section, as an
 * ARIA combobox with a listbox. Nothing the reader types or the index returns
 * is ever parsed as HTML.
 */
import type { FigureFinder, FigureMatch, FigureSearchRecord } from '../lib/figure-search';
import { excerptAnswers, excerptScore, fillQuery, MAX_QUERY_LENGTH, normaliseQuery, queryVariants } from '../lib/search-query';
import { answerAnchor, hitHref } from '../lib/search-hits';
import { LANG_TAG, isView, langsOf, viewPath, type Lang } from '../lib/views';
import { loadOnce } from '../lib/load-once';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** Elements with an id, and the word where each begins. */
  anchors?: { id: string; location: number }[];
  /** Words of the page that matched. */
  locations?: number[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: unknown): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

interface Messages {
  loading: string;
  noResults: string;
  unavailable: string;
  onlyFigures: string;
  onlyPages: string;
  tooLong: string;
  figures: string;
  count: string;
  countOne: string;
  figuresHref: string;
  figuresLabel: string;
}

/** Pages listed for a query, after its figures: enough to choose from, each one fetch. */
const PAGE_RESULTS = 5;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Pagefind's excerpt is escaped text with <mark> around matches: rebuild it as DOM, marks only. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]);
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1].replace(/<[^>]*>/g, ''));
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The search dialog's workings, loaded by <site-search> (src/scripts/site-search.ts) when the
 * dialog is first wanted. `opened` is called each time the dialog opens.
 */
export function searchDialog(dialog: HTMLDialogElement): { opened(): void } {
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const list = dialog.querySelector<HTMLElement>('#search-results')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const tooLong = dialog.querySelector<HTMLElement>('[data-search-too-long]')!;
  const filters = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const base = dialog.dataset.base ?? '/';
  const view = isView(dialog.dataset.view) ? dialog.dataset.view : 'en';
  const langs = langsOf(view);
  const messages = JSON.parse(dialog.dataset.messages ?? '{}') as Messages;
  const shards = new Map<string, Promise<FigureSearchRecord[]>>();
  let ready = false;
  let options: HTMLElement[] = [];
  let active = -1;
  let latest = 0;
  let timer = 0;

  // A failed load is forgotten, so the next query (or the connection's return) tries again; meanwhile it answers null.
  const pagefind = loadOnce(() =>
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: PagefindApi) => {
      // Result URLs are site-relative; baseUrl puts them under the site's base path.
      await module.options({ basePath: `${base}pagefind/`, baseUrl: base });
      await module.init();
      return module;
    }),
  );
  const loadPagefind = () => pagefind().catch(() => null);
  const getJson = <T>(path: string): Promise<T> => fetch(`${base}${path}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
  /** The finder's code and the list of shard names: the same whatever the query, so fetched on open. */
  const figureSearch = loadOnce(() =>
    Promise.all([import('../lib/figure-search'), getJson<string[]>('search/figures/keys.json')]).then(([module, names]) => ({ module, names: new Set(names) })),
  );
  const loadFigureSearch = () => figureSearch().catch(() => null);
  /** A shard, fetched once; a failed one is forgotten, so the next query tries again. */
  const loadShard = (name: string) => {
    let shard = shards.get(name);
    if (!shard) {
      shard = getJson<FigureSearchRecord[]>(`search/figures/${name}.json`);
      shards.set(name, shard);
      shard.catch(() => shards.delete(name));
    }
    return shard;
  };
  /** A finder over only the figures filed under the query's keys (see figureShards). */
  const loadFinder = async (query: string): Promise<FigureFinder | null> => {
    const search = await loadFigureSearch();
    if (!search) return null;
    const names = search.module.queryKeys(query).map(search.module.shardName).filter((name) => search.names.has(name));
    try {
      return new search.module.FigureFinder(search.module.mergeShards(await Promise.all(names.map(loadShard))));
    } catch {
      return null;
    }
  };
  const load = () => Promise.all([loadPagefind(), loadFigureSearch()]);

  /** Results link to the English or Chinese page; the side-by-side view opens the same place side by side. */
  const inView = (url: string) => (view === 'en-zh' ? url.replace(`${base}en/`, `${base}en-zh/`) : url);

  const showMessage = (text: string, withFiguresLink = false) => {
    status.textContent = text;
    if (withFiguresLink) {
      const link = element('a', 'search-dialog__figures-link', messages.figuresLabel);
      link.href = messages.figuresHref;
      status.append(' ', link);
    }
  };

  const setActive = (index: number) => {
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  /** Text in one of the view's languages, tagged with it where the page is in another. */
  const inLang = (className: string, lang: Lang, text: string) => {
    const span = element('span', className, text);
    if (view === 'en-zh' && lang === 'zh') span.lang = LANG_TAG.zh;
    return span;
  };

  const option = (className: string, href: string) => {
    const el = element('a', className);
    el.id = `search-option-${options.length}`;
    el.setAttribute('role', 'option');
    el.setAttribute('aria-selected', 'false');
    el.tabIndex = -1;
    el.href = href;
    el.addEventListener('click', () => dialog.close());
    options.push(el);
    return el;
  };

  const group = (name: string) => {
    const el = element('div', 'search-group');
    el.setAttribute('role', 'group');
    const heading = element('div', 'search-group__name', name);
    heading.id = `search-group-${list.children.length}`;
    heading.setAttribute('role', 'presentation');
    el.setAttribute('aria-labelledby', heading.id);
    el.append(heading);
    list.append(el);
    return el;
  };

  const render = (figures: FigureMatch[], pages: PagefindResultData[], query: string, missing: { pages: boolean; figures: boolean }) => {
    list.replaceChildren();
    options = [];
    if (figures.length) {
      const box = group(messages.figures);
      for (const { record } of figures) {
        const el = option('search-option search-option--figure', `${viewPath(base, view, `sections/${record.section}/`)}#${record.anchor}`);
        // The value as the report writes it (once where both languages write it alike), then what it measures.
        const value = element('span', 'search-option__value');
        langs
          .filter((lang, i) => i === 0 || record.phrase[lang] !== record.phrase[langs[0]])
          .forEach((lang, i) => value.append(...(i ? [' · '] : []), inLang('', lang, record.phrase[lang])));
        el.append(value);
        for (const lang of langs) el.append(inLang('search-option__label', lang, record.label[lang]));
        box.append(el);
      }
    }
    const sections = new Map<string, PagefindResultData[]>();
    for (const page of pages) {
      const key = page.meta.section ?? page.meta.title ?? '';
      sections.set(key, [...(sections.get(key) ?? []), page]);
    }
    for (const [name, items] of sections) {
      const box = group(name);
      for (const item of items) {
        // The link lands on the paragraph that holds the matches and carries the matched words, to be marked there.
        const nodes = excerptNodes(item.excerpt);
        const marked = nodes.filter((node): node is HTMLElement => node instanceof HTMLElement).map((mark) => mark.textContent ?? '');
        const el = option('search-option', hitHref(inView(item.url), marked, answerAnchor(item.anchors ?? [], item.locations ?? [])));
        const excerpt = element('span', 'search-option__excerpt');
        excerpt.append(...nodes);
        el.append(element('span', 'search-option__title', item.meta.title ?? ''), excerpt);
        box.append(el);
      }
    }
    input.setAttribute('aria-expanded', String(options.length > 0));
    const count = (options.length === 1 ? messages.countOne : messages.count).replace('{n}', String(options.length));
    // Half an index is said, with what it found: the reader knows the other half may hold the answer.
    const partly = missing.pages ? messages.onlyFigures : missing.figures ? messages.onlyPages : '';
    if (missing.pages && missing.figures) showMessage(messages.unavailable, true);
    else if (partly) showMessage(`${partly} ${count}`);
    else if (options.length === 0) showMessage(fillQuery(messages.noResults, query), true);
    else showMessage(count);
    setActive(options.length ? 0 : -1);
  };

  const search = async () => {
    const query = normaliseQuery(input.value);
    const ticket = ++latest;
    // Said, not silently cut: a long paste is searched by its beginning.
    const cut = input.value.trim().length > MAX_QUERY_LENGTH;
    tooLong.hidden = !cut;
    tooLong.textContent = cut ? messages.tooLong : '';
    if (!query) {
      list.replaceChildren();
      options = [];
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
      showMessage('');
      return;
    }
    // Said only while the index loads: a live region that speaks at every key is noise.
    if (!ready) showMessage(messages.loading);
    const [api, figureFinder] = await Promise.all([loadPagefind(), loadFinder(query)]);
    ready = Boolean(api && figureFinder);
    if (ticket !== latest) return;
    const filterValues: Record<string, string> = Object.fromEntries(filters.filter((f) => f.value).map((f) => [f.dataset.searchFilter!, f.value]));
    const figures = figureFinder?.find(query, filterValues) ?? [];
    const responses = api ? await Promise.all(queryVariants(query).map((variant) => api.search(variant, { filters: filterValues }))) : [];
    // Each page's excerpt is a fetch of its own: load a few at a time, only until enough answer (at the full
    // report's scale a query matches many pages, and ten fragments cost as much as the index itself).
    const candidates = responses
      .flatMap((r) => r?.results ?? [])
      .filter((result, i, all) => all.findIndex((other) => other.id === result.id) === i)
      .slice(0, PAGE_RESULTS * 3);
    const answering: PagefindResultData[] = [];
    for (let from = 0; from < candidates.length && answering.length < PAGE_RESULTS; from += PAGE_RESULTS) {
      const batch = await Promise.all(candidates.slice(from, from + PAGE_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      answering.push(...batch.filter((page) => excerptAnswers(query, page.excerpt)));
    }
    const pages = answering
      // Whole-word matches first; Pagefind's order stands among equals (sort is stable).
      .map((page) => ({ page, score: excerptScore(query, page.excerpt) }))
      .sort((a, b) => b.score - a.score)
      .map(({ page }) => page)
      .slice(0, PAGE_RESULTS);
    if (ticket !== latest) return;
    render(figures, pages, query, { pages: !api, figures: !figureFinder });
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 120);
  });
  for (const filter of filters) filter.addEventListener('change', () => void search());
  // Back online: what failed to load is fetched again for the query in the box.
  window.addEventListener('online', () => {
    if (dialog.open && input.value) void search();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on Escape: close, as the hint says.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      const target = options[active] as HTMLAnchorElement;
      dialog.close();
      window.location.assign(target.href);
    }
  });
  let first = true;
  return {
    opened() {
      void load();
      // What was typed while this code loaded is searched now.
      if (first && input.value) void search();
      first = false;
    },
  };
}

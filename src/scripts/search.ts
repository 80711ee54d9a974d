/**
 * The search dialog: opens from the header control or "/" and Ctrl/⌘+K,
 * loads Pagefind on first use, lists figures first, then pages grouped by
 * section, as an ARIA combobox with a listbox. Nothing the reader types or
 * the index returns is ever parsed as HTML.
 */
import { normaliseQuery, queryVariants } from '../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface Messages {
  loading: string;
  noResults: string;
  unavailable: string;
  figures: string;
  count: string;
  figuresHref: string;
  figuresLabel: string;
}

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

export function enhanceSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!dialog || !opener) return;
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const list = dialog.querySelector<HTMLElement>('#search-results')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const filters = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const base = dialog.dataset.base ?? '/';
  const view = dialog.dataset.view ?? 'en';
  const messages = JSON.parse(dialog.dataset.messages ?? '{}') as Messages;
  let pagefind: Promise<PagefindApi | null> | null = null;
  let options: HTMLElement[] = [];
  let active = -1;
  let latest = 0;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
      .then(async (module: PagefindApi) => {
        // Result URLs are site-relative; baseUrl puts them under the site's base path.
        await module.options({ basePath: `${base}pagefind/`, baseUrl: base });
        await module.init();
        return module;
      })
      .catch(() => null));

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

  const render = (results: PagefindResultData[], query: string) => {
    list.replaceChildren();
    options = [];
    const figures = results.filter((r) => r.meta.type === 'figure');
    const pages = results.filter((r) => r.meta.type !== 'figure');
    const groups = new Map<string, PagefindResultData[]>();
    if (figures.length) groups.set(messages.figures, figures);
    for (const page of pages) {
      const key = page.meta.section ?? page.meta.title ?? '';
      groups.set(key, [...(groups.get(key) ?? []), page]);
    }
    let groupIndex = 0;
    for (const [name, items] of groups) {
      const group = element('div', 'search-group');
      group.setAttribute('role', 'group');
      const heading = element('div', 'search-group__name', name);
      heading.id = `search-group-${groupIndex++}`;
      heading.setAttribute('role', 'presentation');
      group.setAttribute('aria-labelledby', heading.id);
      group.append(heading);
      for (const item of items) {
        const option = element('a', item.meta.type === 'figure' ? 'search-option search-option--figure' : 'search-option');
        option.id = `search-option-${options.length}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        option.href = inView(item.url);
        if (item.meta.type === 'figure') {
          option.append(element('span', 'search-option__value', item.meta.value), element('span', 'search-option__label', item.meta.title));
        } else {
          option.append(element('span', 'search-option__title', item.meta.title ?? ''));
          const excerpt = element('span', 'search-option__excerpt');
          excerpt.append(...excerptNodes(item.excerpt));
          option.append(excerpt);
        }
        option.addEventListener('click', () => dialog.close());
        group.append(option);
        options.push(option);
      }
      list.append(group);
    }
    input.setAttribute('aria-expanded', String(options.length > 0));
    if (options.length === 0) showMessage(messages.noResults.replace('{query}', query), true);
    else showMessage(messages.count.replace('{n}', String(options.length)));
    setActive(options.length ? 0 : -1);
  };

  const search = async () => {
    const query = normaliseQuery(input.value);
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      options = [];
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
      showMessage('');
      return;
    }
    showMessage(messages.loading);
    const api = await loadPagefind();
    if (ticket !== latest) return;
    if (!api) return showMessage(messages.unavailable, true);
    const filterValues = Object.fromEntries(filters.filter((f) => f.value).map((f) => [f.dataset.searchFilter!, f.value]));
    const seen = new Set<string>();
    const found: PagefindResultData[] = [];
    for (const variant of queryVariants(query)) {
      const response = await api.debouncedSearch(variant, { filters: filterValues }, 120);
      if (ticket !== latest || response === null) return;
      for (const result of (await Promise.all(response.results.slice(0, 12).map((r) => r.data())))) {
        if (!seen.has(result.url)) {
          seen.add(result.url);
          found.push(result);
        }
      }
    }
    if (ticket !== latest) return;
    render(found.slice(0, 16), query);
  };

  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind();
  };

  // The link becomes a button: it opens the dialog instead of leaving the page.
  opener.setAttribute('role', 'button');
  opener.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  opener.addEventListener('pointerenter', () => void loadPagefind(), { once: true });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  input.addEventListener('input', () => void search());
  for (const filter of filters) filter.addEventListener('change', () => void search());
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
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      open();
    }
  });
}

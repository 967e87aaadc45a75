/**
 * Search UI over Pagefind's JS API: results as you type, arrow keys to move, Enter to open,
 * filters by type and category kept in the URL on /search/, and "did you mean" when nothing is
 * found. Loaded only when a reader opens search (or on the /search/ page itself).
 */
import { boostExact, didYouMean, exactTerm, nameShard, readSearchState, writeSearchState, type SearchState, type SearchTerm } from './search-state';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 8;
const KIND: Record<string, string> = { term: 'Term', guide: 'Guide', service: 'Service' };

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The index only exists after a build, so its URL must stay out of the bundler's sight.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ ranking: { metaWeights: { title: 6, aliases: 5, summary: 1.5, category: 0.5 } } });
    return pf;
  });
  return pagefind;
}

const fetchTerms = (url: string): Promise<SearchTerm[]> =>
  fetch(url)
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => []);

// The names starting like the query (a few KB), fetched beside the Pagefind search so putting an
// exact match first never waits; the full list is fetched only when a query finds nothing.
const shards = new Map<string, Promise<SearchTerm[]>>();
function namesLike(query: string): Promise<SearchTerm[]> {
  const key = nameShard(query);
  let names = shards.get(key);
  if (!names) shards.set(key, (names = fetchTerms(`/search-terms/${key}.json`)));
  return names;
}
let allNames: Promise<SearchTerm[]> | undefined;
const loadAllNames = () => (allNames ??= fetchTerms('/search-terms.json'));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Turns one `[data-search-panel]` into a working search. */
function mountPanel(panel: HTMLElement, config: { syncUrl: boolean }) {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const type = panel.querySelector<HTMLSelectElement>('[data-search-type]')!;
  const category = panel.querySelector<HTMLSelectElement>('[data-search-category]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLElement>('[data-search-results]')!;
  const id = panel.dataset['id'] ?? 'search';
  let active = -1;
  let run = 0;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const setActive = (index: number) => {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const state = (): SearchState => ({ q: input.value.trim(), type: type.value, category: category.value });

  const render = (results: PagefindData[]) => {
    let n = 0;
    const option = (cls: string, url: string, inner: string) =>
      `<li role="option" id="${id}-opt-${n++}" class="${cls}" aria-selected="false" data-url="${escapeHtml(url)}">${inner}</li>`;
    list.innerHTML = results
      .map((r) => {
        const kind = KIND[r.filters['type']?.[0] ?? ''] ?? 'Page';
        const meta = [kind, r.meta['category']].filter(Boolean).map((m) => escapeHtml(m!)).join(' · ');
        const head = option('sr-main', r.url, `<span class="sr-kind">${meta}</span><span class="sr-title">${escapeHtml(r.meta['title'] ?? r.url)}</span><span class="sr-excerpt">${r.excerpt}</span>`);
        const subs = r.sub_results
          .filter((s) => s.url !== r.url && s.url.includes('#') && s.title !== r.meta['title'])
          .slice(0, 3)
          .map((s) => option('sr-sub', s.url, `<span class="sr-title">${escapeHtml(s.title)}</span><span class="sr-excerpt">${s.excerpt}</span>`));
        return head + subs.join('');
      })
      .join('');
    input.setAttribute('aria-expanded', String(results.length > 0));
    setActive(results.length ? 0 : -1);
  };

  const search = async () => {
    const current = state();
    const ticket = ++run;
    if (config.syncUrl) history.replaceState(history.state, '', `${location.pathname}${writeSearchState(current)}`);
    if (!current.q) {
      render([]);
      status.textContent = '';
      return;
    }
    const names = namesLike(current.q);
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      status.textContent = 'The search index is not built yet. Run `npm run build`, then `npm run preview`.';
      return;
    }
    const filters: Record<string, string> = {};
    if (current.type) filters['type'] = current.type;
    const categoryTitle = category.selectedOptions[0]?.dataset['title'];
    if (current.category && categoryTitle) filters['category'] = categoryTitle;
    // No debounce: Pagefind answers in a few milliseconds, and a superseded answer is dropped.
    const found = await pf.search(current.q, { filters });
    if (ticket !== run) return;
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== run) return;
    const exact = exactTerm(current.q, await names);
    if (ticket !== run) return;
    const results = boostExact(data, exact);
    render(results);
    if (results.length) {
      status.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${current.q}”`;
      return;
    }
    const suggestions = didYouMean(current.q, await loadAllNames());
    if (ticket !== run) return;
    status.innerHTML = `No results for “${escapeHtml(current.q)}”.${
      suggestions.length
        ? ` Did you mean ${suggestions.map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>`).join(' or ')}?`
        : ' Try fewer words, or <a href="/glossary/">browse all terms A–Z</a>.'
    }`;
  };

  input.addEventListener('input', () => void search());
  type.addEventListener('change', () => void search());
  category.addEventListener('change', () => void search());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      const url = options()[active]?.dataset['url'];
      e.preventDefault();
      if (url) location.assign(url);
    }
  });
  // Options are not links (a listbox option may not contain interactive content), so a click
  // navigates here; Ctrl/Cmd/middle-click opens a new tab as a link would.
  const openOption = (e: MouseEvent) => {
    const url = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]')?.dataset['url'] : undefined;
    if (!url) return;
    if (e.ctrlKey || e.metaKey || e.button === 1) window.open(url, '_blank', 'noopener');
    else location.assign(url);
  };
  list.addEventListener('click', openOption);
  list.addEventListener('auxclick', openOption);
  list.addEventListener('mousemove', (e) => {
    const option = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
    if (option) setActive(options().indexOf(option));
  });
  panel.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());

  return {
    input,
    load(initial: SearchState) {
      input.value = initial.q;
      type.value = initial.type;
      category.value = initial.category;
      void search();
    },
  };
}

/** The /search/ page: state comes from and goes to the URL, so a search can be shared. */
export function mountSearchPage(panel: HTMLElement): void {
  const search = mountPanel(panel, { syncUrl: true });
  search.load(readSearchState(location.search));
  search.input.focus();
}

let dialogPanel: ReturnType<typeof mountPanel> | undefined;

export function openSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog || dialog.open) return;
  if (!dialogPanel) {
    dialogPanel = mountPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!, { syncUrl: false });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
    // A search input would use the first Escape to clear itself; here Escape always closes.
    dialogPanel.input.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      dialog.close();
    });
  }
  // Focus goes back where it was when the dialog closes.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  dialog.showModal();
  dialogPanel.input.focus();
  dialogPanel.input.select();
  void loadPagefind().catch(() => undefined);
}

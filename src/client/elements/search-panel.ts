/**
 * The search form and its results, over Pagefind: results as you type, a combobox whose options
 * are links (arrow keys move, Enter follows, clicks are plain link clicks), type and category
 * filters, and spelling correction when the results are weak (correction.ts): a clearly meant
 * term is searched instead, otherwise "did you mean" offers the close ones. With `sync-url` (the
 * /search/ page) the query and filters come from and go to the URL, so a search can be shared.
 *
 * Loaded only when a reader opens search (by the search dialog) or on /search/ itself, never with
 * the page: the element stays inert markup until then.
 */
import { loadAllNames, loadPagefind, namesLike, type Pagefind, type PagefindData } from '../search/search-index';
import { correctedHtml, noResultsHtml, resultCountHtml, resultsHtml } from '../search/result-markup';
import { choices, closeTerms, correction, isWeak } from '../search/correction';
import { boostExact, exactTerm, readSearchState, writeSearchState, type SearchState } from '../search/search-state';

const MAX_RESULTS = 10;

class SearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #type!: HTMLSelectElement;
  #category!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #empty!: HTMLElement;
  #filterCount!: HTMLElement;
  /** A query the reader asked to search as typed ("Search instead for …"): not corrected. */
  #verbatim = '';
  #active = -1;
  /** Each search's ticket: an answer to a superseded query is dropped. */
  #run = 0;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#type = this.querySelector('select[name="type"]')!;
    this.#category = this.querySelector('select[name="category"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('[role="listbox"]')!;
    this.#empty = this.querySelector('.search-empty')!;
    this.#filterCount = this.querySelector('.search-filter-count')!;
    // "Did you mean" and "Search instead" are links to a search; a plain click runs it here.
    this.#status.addEventListener('click', (e) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-search-query]') : null;
      if (!link || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      const query = link.dataset['searchQuery'] ?? '';
      this.#verbatim = link.hasAttribute('data-verbatim') ? query : '';
      this.#input.value = query;
      this.#input.focus();
      void this.#search();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.#type.addEventListener('change', () => void this.#search());
    this.#category.addEventListener('change', () => void this.#search());
    this.#input.addEventListener('keydown', (e) => this.#onKey(e));
    this.#list.addEventListener('mousemove', (e) => {
      const option = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('[role="option"]') : null;
      if (option) this.#setActive(this.#options().indexOf(option));
    });
    this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    // Warm the index while the reader types the first letters.
    void loadPagefind().catch(() => undefined);
    if (this.hasAttribute('sync-url')) {
      this.#show(readSearchState(location.search));
      this.#input.focus();
    }
  }

  /** Puts a state in the form and searches it. */
  #show(state: SearchState) {
    this.#input.value = state.q;
    this.#type.value = state.type;
    this.#category.value = state.category;
    void this.#search();
  }

  #state(): SearchState {
    return { q: this.#input.value.trim(), type: this.#type.value, category: this.#category.value };
  }

  #options(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  /** Moves the highlight (wrapping around); focus stays in the input, as the combobox pattern has it. */
  #setActive(index: number) {
    const all = this.#options();
    this.#active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.#active)));
    const current = all[this.#active];
    if (current) {
      this.#input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  #onKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.#setActive(this.#active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.#options()[this.#active]?.click();
    }
  }

  #render(results: readonly PagefindData[]) {
    this.#list.innerHTML = resultsHtml(results, this.id);
    this.#input.setAttribute('aria-expanded', String(results.length > 0));
    this.#setActive(results.length ? 0 : -1);
  }

  /** The Pagefind filters a state asks for: the type, and the category by its title. */
  #filters(state: SearchState): Record<string, string> {
    const filters: Record<string, string> = {};
    if (state.type) filters['type'] = state.type;
    const categoryTitle = this.#category.selectedOptions[0]?.dataset['title'];
    if (state.category && categoryTitle) filters['category'] = categoryTitle;
    return filters;
  }

  /** Says on the folded filters' summary how many are set, so a phone reader knows results are narrowed. */
  #showFilterCount(state: SearchState) {
    const set = [state.type, state.category].filter(Boolean).length;
    this.#filterCount.textContent = set ? ` (${set} set)` : '';
  }

  async #search() {
    const current = this.#state();
    const verbatim = current.q === this.#verbatim;
    const ticket = ++this.#run;
    if (this.hasAttribute('sync-url')) history.replaceState(history.state, '', `${location.pathname}${writeSearchState(current)}`);
    this.#showFilterCount(current);
    this.#empty.hidden = current.q !== '';
    if (!current.q) {
      this.#render([]);
      this.#status.textContent = '';
      return;
    }
    const names = namesLike(current.q);
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      this.#status.textContent = 'The search index is not built yet. Run `npm run build`, then `npm run preview`.';
      return;
    }
    const filters = this.#filters(current);
    // No debounce: Pagefind answers in a few milliseconds, and a superseded answer is dropped.
    const found = await pf.search(current.q, { filters });
    if (ticket !== this.#run) return;
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== this.#run) return;
    const namesLikeQuery = await names;
    if (ticket !== this.#run) return;
    const exact = exactTerm(current.q, namesLikeQuery);
    if (verbatim || !isWeak(current.q, data, exact !== undefined)) {
      this.#render(boostExact(data, exact));
      this.#status.innerHTML = data.length ? resultCountHtml(current.q, found.results.length, []) : noResultsHtml(current.q, []);
      return;
    }
    // Weak results: the names shard is already here, so a close spelling costs no request; the
    // full list only when nothing at all was found and the shard has no close name.
    let close = closeTerms(current.q, namesLikeQuery);
    if (!close.length && !data.length) close = closeTerms(current.q, await loadAllNames());
    if (ticket !== this.#run) return;
    const meant = correction(close);
    if (meant) {
      // One term is clearly meant: search for it instead, and offer the reader's own words.
      const again = await pf.search(meant.title, { filters });
      if (ticket !== this.#run) return;
      const corrected = await Promise.all(again.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== this.#run) return;
      if (corrected.length) {
        this.#render(boostExact(corrected, meant));
        this.#status.innerHTML = correctedHtml(current.q, meant.title, again.results.length);
        return;
      }
    }
    const suggestions = choices(close);
    this.#render(data);
    this.#status.innerHTML = data.length ? resultCountHtml(current.q, found.results.length, suggestions) : noResultsHtml(current.q, suggestions);
  }
}
customElements.define('search-panel', SearchPanel);

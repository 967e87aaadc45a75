/**
 * The search form and its results, over Pagefind: results as you type, a combobox whose options
 * are links (arrow keys move, Enter follows, clicks are plain link clicks), type and category
 * filters, and "did you mean" when nothing is found. With `sync-url` (the /search/ page) the query
 * and filters come from and go to the URL, so a search can be shared.
 *
 * Loaded only when a reader opens search (by the search dialog) or on /search/ itself, never with
 * the page: the element stays inert markup until then.
 */
import { loadAllNames, loadPagefind, namesLike, type Pagefind, type PagefindData } from '../search/search-index';
import { noResultsHtml, resultCountHtml, resultsHtml } from '../search/result-markup';
import { boostExact, didYouMean, exactTerm, readSearchState, writeSearchState, type SearchState } from '../search/search-state';

const MAX_RESULTS = 8;

class SearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #type!: HTMLSelectElement;
  #category!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #active = -1;
  /** Each search's ticket: an answer to a superseded query is dropped. */
  #run = 0;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#type = this.querySelector('select[name="type"]')!;
    this.#category = this.querySelector('select[name="category"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('[role="listbox"]')!;
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

  async #search() {
    const current = this.#state();
    const ticket = ++this.#run;
    if (this.hasAttribute('sync-url')) history.replaceState(history.state, '', `${location.pathname}${writeSearchState(current)}`);
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
    const filters: Record<string, string> = {};
    if (current.type) filters['type'] = current.type;
    const categoryTitle = this.#category.selectedOptions[0]?.dataset['title'];
    if (current.category && categoryTitle) filters['category'] = categoryTitle;
    // No debounce: Pagefind answers in a few milliseconds, and a superseded answer is dropped.
    const found = await pf.search(current.q, { filters });
    if (ticket !== this.#run) return;
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== this.#run) return;
    const namesLikeQuery = await names;
    if (ticket !== this.#run) return;
    const exact = exactTerm(current.q, namesLikeQuery);
    const results = boostExact(data, exact);
    this.#render(results);
    if (results.length) {
      // The names shard is already here, so a close spelling costs no request.
      this.#status.innerHTML = resultCountHtml(current.q, found.results.length, exact ? [] : didYouMean(current.q, namesLikeQuery));
      return;
    }
    const suggestions = didYouMean(current.q, await loadAllNames());
    if (ticket !== this.#run) return;
    this.#status.innerHTML = noResultsHtml(current.q, suggestions);
  }
}
customElements.define('search-panel', SearchPanel);

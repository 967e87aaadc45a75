/**
 * What the search panel asks: Pagefind's index (its JS API, loaded on first use) and the names
 * files that put an exactly named term first and suggest "did you mean" when the results are weak.
 */
import { nameShard, type SearchTerm } from './search-state';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Each matched word's place and score in the section (the score ranks sections). */
  weighted_locations?: { balanced_score: number }[];
}
/** One Pagefind result, as `data()` resolves it. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** The page's text and the positions of its matched words in it (split on whitespace). */
  content?: string;
  locations?: number[];
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  // The index only exists after a build, so its URL must stay out of the bundler's sight.
  // Browser code knows the site's base path as import.meta.env.BASE_URL, which Vite inlines into
  // the bundle as a string ("/" or e.g. "/lexicon/"): nothing read at run time, no extra chunk.
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Pagefind's result URLs are paths of the built folder; baseUrl puts them under the site's base.
    await pf.options({ baseUrl: import.meta.env.BASE_URL, ranking: { metaWeights: { title: 6, aliases: 5, summary: 1.5, category: 0.5 } } });
    return pf;
  });
  return pagefind;
}

const fetchTerms = (url: string): Promise<SearchTerm[]> =>
  fetch(url)
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => []);

// The names starting like the query (a few KB), fetched beside the Pagefind search so putting an
// exact match first never waits, and a misspelling is corrected from the shard its first letter
// names; the full list is fetched only when a query finds nothing and the shard has no close name.
const shards = new Map<string, Promise<SearchTerm[]>>();
export function namesLike(query: string): Promise<SearchTerm[]> {
  const key = nameShard(query);
  let names = shards.get(key);
  if (!names) shards.set(key, (names = fetchTerms(`${import.meta.env.BASE_URL}search-terms/${key}.json`)));
  return names;
}

let allNames: Promise<SearchTerm[]> | undefined;
export const loadAllNames = () => (allNames ??= fetchTerms(`${import.meta.env.BASE_URL}search-terms.json`));

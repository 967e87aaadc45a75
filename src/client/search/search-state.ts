/**
 * Search logic that does not need a browser: URL state and exact-name boosting (spelling
 * correction is in correction.ts).
 * Pagefind ranks by text; a glossary also knows which page *is* the word a reader typed.
 */
import { normaliseName } from '../../term-links/names';

/** A term's names as shipped in /search-terms.json and its per-letter shards. */
export interface SearchTerm {
  title: string;
  url: string;
  names: string[];
}

export interface SearchState {
  q: string;
  /** term | guide | service, or '' for all. */
  type: string;
  /** Category slug, or '' for all. */
  category: string;
}

const TYPES = new Set(['term', 'guide', 'service']);

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const type = params.get('type') ?? '';
  const category = params.get('category') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    type: TYPES.has(type) ? type : '',
    category: /^[a-z0-9-]+$/.test(category) ? category : '',
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  if (state.category) params.set('category', state.category);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Which names shard a query or name belongs to: its first letter or digit, `_` for anything else.
 * Putting an exact match first must not cost every reader the whole glossary's names (their size
 * grows with the glossary; see BENCHMARKS.md), so a query fetches only the shard its first character names.
 */
export function nameShard(name: string): string {
  const first = normaliseName(name).charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Every shard key, so each exists as a file even when empty and no lookup ever 404s. */
export const NAME_SHARDS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];

/** Terms grouped by the shard of each of their names; a term sits in every shard one of its names does. */
export function shardTerms(terms: readonly SearchTerm[]): Map<string, SearchTerm[]> {
  const shards = new Map(NAME_SHARDS.map((key) => [key, [] as SearchTerm[]]));
  for (const term of terms) {
    for (const key of new Set(term.names.map(nameShard))) shards.get(key)!.push(term);
  }
  return shards;
}

/** The term whose title or alias is exactly the query (ignoring case and spacing). */
export function exactTerm(query: string, terms: readonly SearchTerm[]): SearchTerm | undefined {
  const key = normaliseName(query);
  return key ? terms.find((t) => t.names.some((n) => normaliseName(n) === key)) : undefined;
}

/** Results with the exactly named term first, keeping the rest in Pagefind's order. */
export function boostExact<R extends { url: string }>(results: readonly R[], exact: SearchTerm | undefined): R[] {
  if (!exact) return [...results];
  const hit = results.find((r) => r.url === exact.url);
  return hit ? [hit, ...results.filter((r) => r !== hit)] : [...results];
}

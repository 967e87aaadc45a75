/**
 * Work on term links that repeats while the content barely changes: in `astro dev` every saved
 * edit rebuilds the glossary, and without this each rebuild would build the name index again and
 * run every body of every term through the markdown processor to find its links. Here the index
 * is kept while no title, alias or slug changes, and the links of a text while neither it nor the
 * names change, so a rebuild after editing one body processes that one body. A build asks once
 * per text and gets the same answers it would compute.
 */
import { noteCacheChange } from './cache-changes';
import { createLinkIndex, type LinkIndex, type TermNames } from '../term-links/link-index';
import { linkedTerms, type InlineOptions } from '../term-links/render';

export interface KnownLinks {
  text: string;
  autolink: boolean;
  self: string | undefined;
  links: string[];
}

/** Links found, by the names they were found with, then by "file#place". */
export type LinkMemo = Map<string, Map<string, KnownLinks>>;

/**
 * Kept on `globalThis`: in `astro dev` the markdown plugin (loaded with the config) and the pages
 * are separate module graphs of one process, and page modules are re-evaluated after code edits.
 */
const shared = globalThis as unknown as Record<symbol, unknown>;
const INDEXES = Symbol.for('lexicon:link-memo:indexes');
const KEYS = Symbol.for('lexicon:link-memo:keys');
const LINKS = Symbol.for('lexicon:link-memo:links');

/** How many name lists keep their index and links: the glossary's, and the one before an edit to a name. */
const KEPT = 4;

function keep<V>(map: Map<string, V>, key: string, value: V): V {
  // Most recently used last, so the oldest goes first when the map is full.
  map.delete(key);
  if (map.size >= KEPT) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/** The link index for these names: the same object as last time when the names are the same. */
export function linkIndexFor(terms: readonly TermNames[]): LinkIndex {
  const indexes = (shared[INDEXES] ??= new Map<string, LinkIndex>()) as Map<string, LinkIndex>;
  const keys = (shared[KEYS] ??= new WeakMap<LinkIndex, string>()) as WeakMap<LinkIndex, string>;
  const key = JSON.stringify(terms.map((t) => [t.slug, t.title, t.aliases]));
  const index = keep(indexes, key, indexes.get(key) ?? createLinkIndex(terms));
  keys.set(index, key);
  return index;
}

/** Every link found so far (the dev server keeps it on disk between runs). */
export function linkMemo(): LinkMemo {
  return (shared[LINKS] ??= new Map()) as LinkMemo;
}

/** Starts from links found in an earlier run (found with the same code). */
export function restoreLinkMemo(memo: LinkMemo): void {
  shared[LINKS] = memo;
}

/**
 * `linkedTerms`, remembered per list of names and per file (and field): the same text with the
 * same options gives the same links. A broken link throws every time, as `linkedTerms` does.
 * Only indexes from `linkIndexFor` have their answers remembered.
 */
export function linkedTermsOnce(text: string, options: InlineOptions & { autolink: boolean }, place = ''): Set<string> {
  const names = ((shared[KEYS] ??= new WeakMap<LinkIndex, string>()) as WeakMap<LinkIndex, string>).get(options.index);
  if (names === undefined) return linkedTerms(text, options);
  const memo = linkMemo();
  const known = memo.get(names) ?? keep(memo, names, new Map<string, KnownLinks>());
  const key = `${options.file}#${place}`;
  const hit = known.get(key);
  if (hit && hit.text === text && hit.autolink === options.autolink && hit.self === options.self) return new Set(hit.links);
  const links = linkedTerms(text, options);
  known.set(key, { text, autolink: options.autolink, self: options.self, links: [...links] });
  noteCacheChange();
  return links;
}

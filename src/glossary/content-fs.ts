/**
 * The file-system half of the content reader (`content-parse.ts` is the pure half): reads
 * `content/` under a root, and keeps what was read until a file is added, removed or changed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkIndex } from '../term-links/link-index';
import { noteCacheChange } from './cache-changes';
import { linkIndexFor } from './link-memo';
import { CATEGORIES_FILE, CONTENT_FOLDERS, parseCategories, parseContent, parseContentFile, type ContentFolder, type ContentSet } from './content-parse';

/** Paths (relative to `root`) of a folder's `.mdx` files, sorted. */
function mdxFiles(root: string, folder: ContentFolder): string[] {
  return readdirSync(join(root, 'content', folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `content/${folder}/${name}`);
}

function contentFiles(root: string, folders: readonly ContentFolder[] = CONTENT_FOLDERS): string[] {
  return folders.flatMap((folder) => mdxFiles(root, folder));
}

/** Reads and parses every term, guide and service, and `content/categories.yaml`, under `root`. */
export function readContent(root = '.'): ContentSet {
  const read = (path: string) => ({ path, text: readFileSync(join(root, path), 'utf8') });
  const files = contentFiles(root);
  // A deleted or renamed file's parse is not kept.
  const current = new Set(files);
  const known = parsedFiles(root);
  for (const path of known.keys()) if (!current.has(path)) known.delete(path);
  return parseContent({ files: files.map(read), categories: read(CATEGORIES_FILE) }, parseFileOnce(root));
}

/**
 * `parseContentFile`, remembering each file's last text and result: after an edit in `astro dev`
 * only the edited file is parsed again (parsing every file's YAML is most of a re-read).
 */
function parseFileOnce(root: string): typeof parseContentFile {
  const known = parsedFiles(root);
  return (folder, path, text) => {
    const hit = known.get(path);
    if (hit?.text === text) return hit.parsed as ReturnType<typeof parseContentFile<typeof folder>>;
    const parsed = parseContentFile(folder, path, text);
    known.set(path, { text, parsed });
    noteCacheChange();
    return parsed;
  };
}

/** A file's last text and what parsing it gave. */
export type ParsedFiles = Map<string, { text: string; parsed: unknown }>;

/** Every file parsed so far under `root`, by path (the dev server keeps it on disk between runs). */
export function parsedFiles(root = '.'): ParsedFiles {
  return (shared[Symbol.for(`lexicon:parsed:${root}`)] ??= new Map()) as ParsedFiles;
}

/** Starts from files parsed in an earlier run (parsed by the same code). */
export function restoreParsedFiles(files: ParsedFiles, root = '.'): void {
  shared[Symbol.for(`lexicon:parsed:${root}`)] = files;
}

/** Called after a `live` value is computed again (the dev server saves its caches then). */
export function onRecompute(listener: (() => void) | undefined): void {
  shared[RECOMPUTED] = listener;
}
const RECOMPUTED = Symbol.for('lexicon:recomputed');

/** Names and modification times of the content files: changes when any file is added, removed or edited. */
export function contentSignature(root = '.'): string {
  return [...contentFiles(root), CATEGORIES_FILE].map((path) => `${path}:${statSync(join(root, path)).mtimeMs}`).join('|');
}

/**
 * How often a cached value asks whether the content changed: every second in `astro dev`, never
 * again in a build (the content cannot change while it runs, and each check stats every file).
 */
const CHECK_EVERY_MS = process.env.NODE_ENV === 'production' ? Number.POSITIVE_INFINITY : 1000;

interface LiveEntry<T> {
  signature: string;
  value: { ok: true; result: T } | { ok: false; error: unknown };
}

/**
 * Kept on `globalThis`: Astro loads the content config (whose loaders check the content before
 * rendering anything) and the built pages as separate module graphs of one process, and this way
 * the pages reuse that check instead of repeating it.
 */
const shared = globalThis as unknown as Record<symbol, unknown>;

/**
 * `read()`, run again only when `checkEveryMs` has passed since the last run under the same key,
 * however many callers ask in between (kept on `globalThis`, like the values it guards).
 */
export function throttled<T>(key: string, read: () => T, checkEveryMs = CHECK_EVERY_MS): T {
  const id = Symbol.for(`lexicon:throttled:${key}`);
  const now = Date.now();
  const known = shared[id] as { checkedAt: number; value: T } | undefined;
  if (known && now - known.checkedAt < checkEveryMs) return known.value;
  const value = read();
  shared[id] = { checkedAt: now, value };
  return value;
}

/** The content signature under `root`: the glossary, the content and the link index share one scan. */
const currentSignature = (root: string, checkEveryMs: number) => throttled(`signature:${root}`, () => contentSignature(root), checkEveryMs);

/** Makes the next `live` value look at the files again (the dev server calls it when one is saved). */
export function forgetContentSignature(root = '.'): void {
  delete shared[Symbol.for(`lexicon:throttled:signature:${root}`)];
}

/**
 * `compute()`, kept until the content changes; whether it has is checked at most once every
 * `checkEveryMs`, so a build computes it once however many pages ask, and `astro dev` picks up
 * an edit within a second. A thrown error is kept (and rethrown) the same way.
 */
export function live<T>(key: string, compute: () => T, root = '.', checkEveryMs = CHECK_EVERY_MS): T {
  const id = Symbol.for(`lexicon:${key}:${root}`);
  const signature = currentSignature(root, checkEveryMs);
  let entry = shared[id] as LiveEntry<T> | undefined;
  if (!entry || entry.signature !== signature) {
    let value: LiveEntry<T>['value'];
    try {
      value = { ok: true, result: compute() };
    } catch (error) {
      value = { ok: false, error };
    }
    entry = { signature, value };
    shared[id] = entry;
    (shared[RECOMPUTED] as (() => void) | undefined)?.();
  }
  if (!entry.value.ok) throw entry.value.error;
  return entry.value.result;
}

/** The content as currently on disk (re-read when it changes; see `live`). */
export function liveContent(root = '.', checkEveryMs = CHECK_EVERY_MS): ContentSet {
  return live('content', () => readContent(root), root, checkEveryMs);
}

/**
 * The link index for the markdown plugin, from the same reader as the glossary: a term whose
 * frontmatter is broken still links by its slug (and by its title and aliases when those parse).
 */
export function liveLinkIndex(root = '.', checkEveryMs = CHECK_EVERY_MS): () => LinkIndex {
  const names = () => liveContent(root, checkEveryMs).input.terms.map((t) => ({ slug: t.slug, title: t.data.title, aliases: t.data.aliases }));
  return () => live('link-index', () => linkIndexFor(names()), root, checkEveryMs);
}

/** Every term's names and file, for `npm run new-term`'s clash check. */
export function readTermNames(root = '.'): { file: string; slug: string; title: string; aliases: readonly string[] }[] {
  return readContent(root).input.terms.map((t) => ({ file: t.filePath, slug: t.slug, title: t.data.title, aliases: t.data.aliases }));
}

/** The category slugs in `content/categories.yaml` (none when it does not parse). */
export function readCategorySlugs(root = '.'): string[] {
  return parseCategories(CATEGORIES_FILE, readFileSync(join(root, CATEGORIES_FILE), 'utf8')).categories.map((c) => c.slug);
}

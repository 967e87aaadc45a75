/**
 * Rendered plain-Markdown bodies (see `body-source.ts`), one small JSON file per body under
 * `.astro/cache/lexicon-bodies/<collection>/<digest>.json`. They live outside Astro's data store on
 * purpose: the store is bundled into the build as one JavaScript module, and thousands of bodies
 * in it would make every build bundle, and hold in memory, the whole glossary's HTML at once. A page
 * reads only its own body. The digest names everything the HTML depends on, so a file is either
 * current or unused; unused ones are removed after each load.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RenderedBody {
  html: string;
  /** The body's headings, as Astro's `render()` gives them. */
  headings: { depth: number; slug: string; text: string }[];
}

const folderOf = (root: string, collection: string) => join(root, '.astro/cache/lexicon-bodies', collection);
const fileOf = (root: string, collection: string, digest: string) => join(folderOf(root, collection), `${digest}.json`);

export function hasRenderedBody(collection: string, digest: string, root = '.'): boolean {
  return existsSync(fileOf(root, collection, digest));
}

export function writeRenderedBody(collection: string, digest: string, body: RenderedBody, root = '.'): void {
  mkdirSync(folderOf(root, collection), { recursive: true });
  writeFileSync(fileOf(root, collection, digest), JSON.stringify(body));
}


/** Removes the collection's rendered bodies whose digest is not in `current`. */
export function pruneRenderedBodies(collection: string, current: ReadonlySet<string>, root = '.'): void {
  const folder = folderOf(root, collection);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!current.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
}

/**
 * Bodies read lately, newest last. A digest names content that never changes, so a body read once
 * is good for as long as the process runs: a page asks for its own body twice (its headings, then
 * its HTML), and the build renders a few pages at a time (`build.concurrency`), so a handful is enough.
 */
const recentReads = new Map<string, RenderedBody>();
const RECENT_READS = 16;

export function readRenderedBody(collection: string, digest: string, root = '.'): RenderedBody {
  const file = fileOf(root, collection, digest);
  let body = recentReads.get(file);
  if (!body) {
    body = JSON.parse(readFileSync(file, 'utf8')) as RenderedBody;
    recentReads.set(file, body);
    if (recentReads.size > RECENT_READS) recentReads.delete(recentReads.keys().next().value!);
  }
  return body;
}

/** An entry's body as the loader rendered it (the entry's `data.body` is its digest); none for an MDX body. */
export function storedBody(entry: { collection: string; data?: unknown }, root = '.'): RenderedBody | undefined {
  const digest = (entry.data as { body?: unknown } | undefined)?.body;
  return typeof digest === 'string' ? readRenderedBody(entry.collection, digest, root) : undefined;
}

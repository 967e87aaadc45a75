/**
 * Plain-Markdown bodies (see `body-source.ts`), rendered once per digest and kept on disk
 * (`body-cache-fs.ts`), in a build and in `astro dev` alike.
 *  - A build renders every plain body in the content loader, before any page.
 *  - `astro dev` renders a body when its page is first asked for, from the file as it is on disk
 *    then: the server starts without rendering the glossary, and a saved edit shows on the next
 *    request, not once Astro's content store has been written again. The loader hands over its
 *    renderer (`shareBodyRenderer`), so a body renders exactly as in a build, through the same
 *    Markdown processor and term-link plugin, into the same cache files.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasRenderedBody, readRenderedBody, storedBody, writeRenderedBody, type RenderedBody } from './body-cache-fs';
import { bodyContext, markdownSource, needsMdx } from './body-source';
import { liveContent } from './content-fs';
import type { ContentFolder, ContentSet } from './content-parse';
import type { Entry } from './records';

/** Bumped when the way bodies are rendered changes, so cached renders are not reused. */
const RENDER_VERSION = '1';

/** What the content loader renders with (a subset of Astro's LoaderContext). */
export interface BodyRenderer {
  renderMarkdown(source: string, options: { fileURL: URL }): Promise<{ html: string; metadata?: { headings?: RenderedBody['headings'] } }>;
  generateDigest(text: string): string;
  /** The site's base path (`config.base`): links in bodies are written under it. */
  base: string;
}

/** A body to render: its entry, and the line of its file on which the body starts. */
export interface BodyInput {
  entry: Pick<Entry<{ autolink?: boolean }>, 'filePath' | 'body' | 'data'>;
  bodyLine: number;
}

/** The digest naming a body's rendered HTML: its text, its options and what it links to (`shared`). */
export function bodyDigest(renderer: Pick<BodyRenderer, 'generateDigest'>, { entry, bodyLine }: BodyInput, shared: string): { digest: string; source: string } {
  const source = markdownSource(entry.body, bodyLine, entry.data.autolink !== false);
  return { digest: renderer.generateDigest(`${RENDER_VERSION}\n${shared}\n${source}`), source };
}

/** `bodyContext` hashed once: every body's digest includes it. */
export function sharedDigest(renderer: Pick<BodyRenderer, 'generateDigest' | 'base'>, terms: Parameters<typeof bodyContext>[0]): string {
  return renderer.generateDigest(bodyContext(terms, renderer.base));
}

/** Renders a plain-Markdown body unless its render for the same digest is kept; its digest, and whether it rendered. */
export async function renderBody(renderer: BodyRenderer, collection: string, input: BodyInput, shared: string, root = '.'): Promise<{ digest: string; rendered: boolean }> {
  const { digest, source } = bodyDigest(renderer, input, shared);
  if (hasRenderedBody(collection, digest, root)) return { digest, rendered: false };
  const { html, metadata } = await renderer.renderMarkdown(source, { fileURL: pathToFileURL(resolve(input.entry.filePath)) });
  writeRenderedBody(collection, digest, { html, headings: metadata?.headings ?? [] }, root);
  return { digest, rendered: true };
}

const shared = globalThis as unknown as Record<symbol, unknown>;
const RENDERER = Symbol.for('lexicon:body-renderer');
const CONTEXTS = Symbol.for('lexicon:body-contexts');

/**
 * `astro dev`: the loader's renderer, for pages to render bodies with (kept on `globalThis`: the
 * content config and the pages are separate module graphs of one process).
 */
export function shareBodyRenderer(renderer: BodyRenderer | undefined): void {
  shared[RENDERER] = renderer;
}

/** The shared digest for the names as currently read, computed once per read of the content. */
function contextDigest(renderer: BodyRenderer, content: ContentSet): string {
  const known = (shared[CONTEXTS] ??= new WeakMap<object, string>()) as WeakMap<object, string>;
  let digest = known.get(content.input);
  if (digest === undefined) {
    digest = sharedDigest(renderer, content.input.terms.map((t) => ({ slug: t.slug, data: { title: t.data.title, aliases: t.data.aliases } })));
    known.set(content.input, digest);
  }
  return digest;
}

/**
 * An entry's body as HTML when it is plain Markdown; `undefined` when it compiles as MDX (its page
 * renders it with `render(entry)`). In a build, the body the loader rendered (the entry's data names
 * it); in `astro dev`, the body as the file on disk has it now, rendered on first use.
 */
export async function entryBody(entry: { collection: string; id: string; data?: unknown }, root = '.'): Promise<RenderedBody | undefined> {
  const renderer = shared[RENDERER] as BodyRenderer | undefined;
  if (!renderer) return storedBody(entry, root);
  const content = liveContent(root);
  const record = content.input[entry.collection as ContentFolder]?.find((e) => e.slug === entry.id);
  if (!record || needsMdx(record.body)) return undefined;
  const input = { entry: record, bodyLine: content.bodyLine(record.filePath) };
  const { digest } = await renderBody(renderer, entry.collection, input, contextDigest(renderer, content), root);
  return readRenderedBody(entry.collection, digest, root);
}

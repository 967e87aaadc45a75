import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { hasRenderedBody, pruneRenderedBodies, writeRenderedBody } from './glossary/body-cache-fs';
import { bodyContext, markdownSource, needsMdx } from './glossary/body-source';
import { liveContent } from './glossary/content-fs';
import { getGlossary } from './glossary/load';
import type { GuideEntry, ServiceEntry, TermEntry } from './glossary/records';

type Folder = 'terms' | 'guides' | 'services';
type Entry = TermEntry | GuideEntry | ServiceEntry;

/** Bumped when the way bodies are rendered changes, so cached renders are not reused. */
const RENDER_VERSION = '1';

/**
 * Bodies only: pages render them with `render(entry)`, and everything else comes from the
 * glossary (`getGlossary()`), which reads and validates the frontmatter itself. Before Astro reads
 * a file, the whole of `content/` is checked, so bad content fails the build with one message per
 * problem (file, field or line, suggestion) before Astro's own parser or the markdown plugin can
 * stop at the first one.
 *
 * In a build, plain-Markdown bodies are rendered here, once per digest (their text, the glossary's
 * names and the base path), into `glossary/body-cache-fs.ts`; the store keeps only each body's
 * digest (`data.body`), which EntryBody reads. Bodies that use MDX, and every body in `astro dev`,
 * go through Astro's MDX compiler as before.
 */
function bodies(folder: Folder): Loader {
  const mdx = (pattern: string | string[]) => glob({ pattern, base: `./content/${folder}`, retainBody: false });
  return {
    name: `lexicon-${folder}`,
    load: async (context) => {
      // `astro dev` (the only mode with a watcher) loads the bodies regardless, so fixing content
      // needs no restart: its pages call getGlossary() and show the problems until they are fixed.
      if (context.watcher) return mdx('*.mdx').load(context);
      const glossary = await getGlossary();
      const entries: Entry[] = glossary[folder];
      const [compiled, plain] = [entries.filter((e) => needsMdx(e.body)), entries.filter((e) => !needsMdx(e.body))];
      if (compiled.length) await mdx(compiled.map((e) => e.filePath.split('/').pop()!)).load(context);
      // Hashed once: every body's digest includes it.
      const shared = context.generateDigest(bodyContext(glossary.terms, context.config.base));
      const { bodyLine } = liveContent();
      const digests = new Set<string>();
      let fresh = 0;
      for (const entry of plain) {
        const { digest, rendered } = await renderBody(context, folder, entry, bodyLine(entry.filePath), shared);
        digests.add(digest);
        if (rendered) fresh++;
        context.store.set({ id: entry.slug, data: { body: digest }, digest });
      }
      const current = new Set(entries.map((e) => e.slug));
      for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
      pruneRenderedBodies(folder, digests);
      context.logger.info(`${entries.length} bodies: ${fresh} rendered, ${plain.length - fresh} unchanged since the last build, ${compiled.length} compiled as MDX`);
    },
  };
}

/** Renders a plain-Markdown body unless its render for the same digest is kept; its digest, and whether it rendered. */
async function renderBody(context: LoaderContext, folder: Folder, entry: Entry, bodyLine: number, shared: string): Promise<{ digest: string; rendered: boolean }> {
  const autolink = entry.data.autolink !== false;
  const source = markdownSource(entry.body, bodyLine, autolink);
  const digest = context.generateDigest(`${RENDER_VERSION}\n${shared}\n${source}`);
  if (hasRenderedBody(folder, digest)) return { digest, rendered: false };
  const { html, metadata } = await context.renderMarkdown(source, { fileURL: pathToFileURL(resolve(entry.filePath)) });
  writeRenderedBody(folder, digest, { html, headings: metadata?.headings ?? [] });
  return { digest, rendered: true };
}

export const collections = {
  terms: defineCollection({ loader: bodies('terms') }),
  guides: defineCollection({ loader: bodies('guides') }),
  services: defineCollection({ loader: bodies('services') }),
};

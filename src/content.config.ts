import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { bodyContext, markdownSource, needsMdx } from './glossary/body-source';
import { liveContent } from './glossary/content-fs';
import { getGlossary } from './glossary/load';
import type { GuideEntry, ServiceEntry, TermEntry } from './glossary/records';

type Folder = 'terms' | 'guides' | 'services';

/** Bumped when the way bodies are rendered changes, so cached renders are not reused. */
const RENDER_VERSION = '1';

/**
 * Bodies only: pages render them with `render(entry)`, and everything else comes from the
 * glossary (`getGlossary()`), which reads and validates the frontmatter itself. Before Astro reads
 * a file, the whole of `content/` is checked, so bad content fails the build with one message per
 * problem (file, field or line, suggestion) before Astro's own parser or the markdown plugin can
 * stop at the first one.
 *
 * In a build, plain-Markdown bodies are rendered here and kept in the data store (see
 * `glossary/body-source.ts`); a body whose text, the glossary's names and the base path are
 * unchanged since the last build is not rendered again. Bodies that use MDX, and every body in
 * `astro dev`, go through Astro's MDX compiler as before.
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
      const entries: (TermEntry | GuideEntry | ServiceEntry)[] = glossary[folder];
      const [compiled, rendered] = [entries.filter((e) => needsMdx(e.body)), entries.filter((e) => !needsMdx(e.body))];
      // The glob loader drops stored entries it did not load: keep the cached renders through it.
      const cached = new Map(rendered.flatMap((e) => (context.store.get(e.slug) ? [[e.slug, context.store.get(e.slug)!]] : [])));
      if (compiled.length) await mdx(compiled.map((e) => e.filePath.split('/').pop()!)).load(context);
      // Hashed once: every body's digest includes it.
      const shared = context.generateDigest(bodyContext(glossary.terms, context.config.base));
      const { bodyLine } = liveContent();
      let fresh = 0;
      for (const entry of rendered) if (await renderBody(context, entry, bodyLine(entry.filePath), shared, cached.get(entry.slug))) fresh++;
      context.logger.info(`${entries.length} bodies: ${fresh} rendered, ${rendered.length - fresh} unchanged since the last build, ${compiled.length} compiled as MDX`);
      const current = new Set(entries.map((e) => e.slug));
      for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
    },
  };
}

/** Renders a plain-Markdown body into the store, unless its cached render is still current; whether it rendered. */
async function renderBody(context: LoaderContext, entry: TermEntry | GuideEntry | ServiceEntry, bodyLine: number, shared: string, cached: ReturnType<LoaderContext['store']['get']>): Promise<boolean> {
  const autolink = 'autolink' in entry.data ? entry.data.autolink !== false : true;
  const source = markdownSource(entry.body, bodyLine, autolink);
  const digest = context.generateDigest(`${RENDER_VERSION}\n${shared}\n${source}`);
  if (cached?.rendered && cached.digest === digest) {
    context.store.set(cached);
    return false;
  }
  const rendered = await context.renderMarkdown(source, { fileURL: pathToFileURL(resolve(entry.filePath)) });
  context.store.set({ id: entry.slug, data: {}, filePath: entry.filePath, digest, rendered });
  return true;
}

export const collections = {
  terms: defineCollection({ loader: bodies('terms') }),
  guides: defineCollection({ loader: bodies('guides') }),
  services: defineCollection({ loader: bodies('services') }),
};

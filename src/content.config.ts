import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { getGlossary } from './glossary/load';

/**
 * Bodies only: pages render them with `render(entry)`, and everything else comes from the
 * glossary (`getGlossary()`), which reads and validates the frontmatter itself. Before Astro reads
 * a file, the whole of `content/` is checked, so bad content fails the build with one message per
 * problem (file, field or line, suggestion) before Astro's own parser or the markdown plugin can
 * stop at the first one.
 */
function bodies(folder: string): Loader {
  const files = glob({ pattern: '*.mdx', base: `./content/${folder}`, retainBody: false });
  return {
    name: `lexicon-${folder}`,
    load: async (context) => {
      // `astro dev` (the only mode with a watcher) loads the bodies regardless, so fixing content
      // needs no restart: its pages call getGlossary() and show the problems until they are fixed.
      if (!context.watcher) await getGlossary();
      await files.load(context);
    },
  };
}

export const collections = {
  terms: defineCollection({ loader: bodies('terms') }),
  guides: defineCollection({ loader: bodies('guides') }),
  services: defineCollection({ loader: bodies('services') }),
};

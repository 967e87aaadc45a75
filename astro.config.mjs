// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { liveLinkIndex } from './src/plugins/term-links/read-terms';
import { termLinks } from './src/plugins/term-links/plugin';
import pagefind from './src/integrations/pagefind';

// The public origin the site is deployed at; canonical URLs, Open Graph and the sitemap use it.
// Override per deployment with SITE_URL; the built pages themselves link with root-relative paths,
// so the folder works from any static host.
const site = process.env.SITE_URL ?? 'https://lexicon.example.org';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx' whitespace rules, which glue words across inline tags in prose.
  // `true` is lossless: it only drops whitespace that cannot change rendering.
  compressHTML: true,
  markdown: {
    processor: satteri({ mdastPlugins: [termLinks({ index: liveLinkIndex() })] }),
  },
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});

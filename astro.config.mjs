// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { liveLinkIndex } from './src/glossary/content-fs';
import { termLinks } from './src/term-links/plugin';
import pagefind from './src/integrations/pagefind';
import baseHeaders from './src/integrations/base-headers';
import knownWarnings from './src/integrations/known-warnings';
import contactCheck from './src/integrations/contact-check';
import ogImages from './src/integrations/og-images';
import contentWatch from './src/integrations/content-watch';
import { createHash } from 'node:crypto';
import { PREPAINT_SCRIPT } from './src/client/prepaint';
import { noPreloadHelper } from './src/integrations/no-preload-helper';

// The public origin the site is deployed at; canonical URLs, Open Graph and the sitemap use it.
// Override per deployment with SITE_URL; the built pages themselves link with root-relative paths
// (under BASE_PATH), so the folder works from any static host.
const site = process.env.SITE_URL ?? 'https://lexicon.example.org';
// The path the site is served under: "/" (a host's root) or a sub-path such as "/lexicon/" (GitHub
// Pages project sites). Every link, asset and fetch is written under it; build code reads it as
// import.meta.env.BASE_URL (src/glossary/site.ts), browser code the same, inlined by Vite as a
// string (src/client/search/search-index.ts and others), and the markdown plugin from its options.
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  output: 'static',
  // Build caches (the content data store among them) stay inside this checkout: a copy of the site
  // that shares node_modules through a link (the corpus site, a second worktree) must not share them.
  cacheDir: './.astro/cache/',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx' whitespace rules, which glue words across inline tags in prose.
  // `true` is lossless: it only drops whitespace that cannot change rendering.
  compressHTML: true,
  // Scoped styles mark elements with a short class rather than a data-astro-cid-… attribute: the same
  // specificity, fewer bytes on every element of every page. Scripts therefore add and remove
  // classes (classList) and never overwrite className on server-rendered elements.
  scopedStyleStrategy: 'class',
  markdown: {
    // No syntax highlighting: no term or guide shows code, and Shiki's inline styles would break
    // the strict CSP (Astro warns about exactly that when it is on).
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [termLinks({ index: liveLinkIndex(), base })] }),
  },
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind(), baseHeaders(), knownWarnings(), contactCheck(), ogImages(), contentWatch()],
  // Styles and scripts as files, not inlined: cached across pages, and each inline block would
  // otherwise add a hash to every page's CSP. All CSS is one file (about 4 KB gzip): one request,
  // cached for the whole visit. No modulepreload helper: the few dynamic imports
  // (search, the session recorder) are small and load on demand.
  // Several pages at a time: after rendering a page Astro waits for its folder and file to be
  // written (the file system's threads), and with one page at a time its render thread idles
  // meanwhile. The pages are independent, and the output is byte-identical either way. Astro's docs
  // keep 1 as the default and allow changes to this option in a minor release: check its changelog
  // when upgrading, and compare with BUILD_CONCURRENCY=1.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.BUILD_CONCURRENCY) || 8 },
  // Vite's dependency cache too (it defaults to node_modules/.vite): copies sharing node_modules
  // would each find the others' cache built for another root and rebuild it on every `astro dev`.
  vite: {
    cacheDir: './.astro/cache/vite/',
    // `astro dev`: compile the term page and the pages' custom elements while the server waits for
    // its first request, rather than while an author waits for the first term page.
    server: {
      warmup: { ssrFiles: ['./src/pages/index.astro', './src/pages/glossary/*.astro'], clientFiles: ['./src/client/elements/*.ts'] },
      // Folders nothing in the dev server reads from: the last build, the rendered-body cache and
      // screenshots. Vite would otherwise walk and watch each of their files before it is ready.
      watch: { ignored: ['**/dist/**', '**/.astro/cache/lexicon-bodies/**', '**/screenshots/**'] },
    },
    // ISLAND_SOURCEMAP=1 adds source maps, to see which modules a chunk's bytes come from.
    build: { sourcemap: !!process.env.ISLAND_SOURCEMAP, assetsInlineLimit: 0, modulePreload: false, cssCodeSplit: false },
    plugins: [noPreloadHelper()],
    // Chunks that always load together are one file: every file is compressed on its own, so each
    // split costs bytes. React, react-dom, the scheduler and Astro's React renderer load only with
    // the session demo; the recorder loads with its store; every page loads site storage with its
    // key names. Higher priority claims a module first, so the recorder never joins React's chunk
    // (other pages load it) and site storage never joins the recorder's (every page loads it).
    // https://rolldown.rs/in-depth/manual-code-splitting
    environments: {
      // `astro dev`: when Vite compiles a server module, it starts compiling the modules it imports
      // at once, instead of when the page's code reaches each import in turn, so the waits for
      // files overlap and the first page is ready sooner; the compiled code is the same. (Vite's
      // per-environment `dev.preTransformRequests`, on by default only for the browser.)
      ssr: { dev: { preTransformRequests: true } },
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/, priority: 1 },
                  { name: 'recorder', test: /src[\\/](client[\\/]session[\\/](recorder|store|demo-storage|recording-indicator)|session[\\/]raw-activity)\.ts$/, priority: 2 },
                  { name: 'site-storage', test: /src[\\/]client[\\/](storage[\\/](site-storage|names)|session[\\/]keys)\.ts$/, priority: 3 },
                ],
              },
            },
          },
        },
      },
    },
  },
  security: {
    // A <meta> CSP on every page: Astro hashes its own scripts and styles; the pre-paint script is
    // allowed by its hash, and Pagefind needs 'wasm-unsafe-eval' for its WebAssembly search.
    // frame-ancestors cannot live in a <meta> tag: see public/_headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(PREPAINT_SCRIPT).digest('base64')}`],
      },
    },
  },
  devToolbar: { enabled: false },
});

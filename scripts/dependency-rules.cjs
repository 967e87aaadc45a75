// The layers of the code and the one direction imports may point, checked by dependency-cruiser
// (`npm run check:layers`, and a step of `npm test`). README "Project layout" draws the same picture.
//
//   src/pages, src/layouts, src/components   assemble pages (top; .astro files are not parsed here)
//        │                    │
//   src/glossary (build)   src/client (browser)
//        │                    │
//   src/term-links (base: names, suggestions, link index, markdown plugin, preview format)
//   src/session (base: the session engine, per-tool hit model and replay; pure, runs anywhere)
//
// scripts/ (author and test tooling) and tests/ may import from src/; nothing imports them back.
/** Modules of the term-link layer that the browser may load: pure, no Node, no markdown processor. */
const BROWSER_SAFE_BASE = '^src/term-links/(names|suggest|link-index|segments|preview|base-path)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'term-links-is-the-base',
      comment: 'The term-link layer imports nothing else of the site, so every other layer can build on it.',
      severity: 'error',
      from: { path: '^src/term-links/' },
      to: { path: '^src/', pathNot: '^src/term-links/' },
    },
    {
      name: 'session-is-pure',
      comment:
        'The session model (engine, rules, tools, replay) imports nothing else of the site and no package, so the browser island and build-time pages share it. Its unit tests import it under Node, which keeps DOM globals out of its import time.',
      severity: 'error',
      from: { path: '^src/session/' },
      to: { pathNot: '^src/session/' },
    },
    {
      name: 'glossary-below-pages',
      comment: 'The build-time glossary model knows nothing of pages, components or browser code.',
      severity: 'error',
      from: { path: '^src/glossary/' },
      to: { path: '^src/(components|layouts|pages|client|integrations|styles)/' },
    },
    {
      name: 'client-only-browser-code',
      comment: 'Browser code imports only browser code and the pure part of the term-link layer.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/', pathNot: ['^src/client/', '^src/session/', BROWSER_SAFE_BASE] },
    },
    {
      name: 'client-no-node',
      comment: 'Nothing that ships to the browser may import a Node built-in.',
      severity: 'error',
      from: { path: ['^src/client/', BROWSER_SAFE_BASE] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'client-no-build-packages',
      comment: 'Build-time packages (markdown processor, YAML, Astro internals) stay out of browser code.',
      severity: 'error',
      from: { path: ['^src/client/', BROWSER_SAFE_BASE] },
      to: { path: '(^|/)node_modules/(satteri|yaml|astro|@astrojs|pagefind)/|^astro:' },
    },
    {
      name: 'src-not-tooling',
      comment: 'The site never imports author or test tooling.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-not-tests',
      comment: 'Tooling shared by tests lives in scripts/lib; scripts never reach into tests/.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'content-collections-in-one-place',
      comment: 'Only the collection config and routes (which render bodies) use astro:content; everything else gets the glossary model.',
      severity: 'error',
      from: { pathNot: '^src/(pages/|content\\.config\\.ts)' },
      to: { path: '^astro:content$' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are really one, or a layer points the wrong way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.cjs'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

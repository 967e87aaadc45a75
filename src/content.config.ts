// Not 'astro:content': in the content config that virtual module also loads Astro's page-rendering
// runtime, which `astro dev` would then compile once more before it is ready; defineCollection is
// the same function.
import { defineCollection } from 'astro/content/config';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneRenderedBodies } from './glossary/body-cache-fs';
import { renderBody, shareBodyRenderer, sharedDigest, type BodyRenderer } from './glossary/body-render';
import { needsMdx } from './glossary/body-source';
import { forgetContentSignature, liveContent } from './glossary/content-fs';
import type { GuideEntry, ServiceEntry, TermEntry } from './glossary/records';

type Folder = 'terms' | 'guides' | 'services';
type Entry = TermEntry | GuideEntry | ServiceEntry;

/**
 * Bodies only: pages render them with `render(entry)` or `entryBody(entry)`, and everything else
 * comes from the glossary (`getGlossary()`), which reads and validates the frontmatter itself.
 * Before Astro reads a file, the whole of `content/` is checked, so bad content fails the build with
 * one message per problem (file, field or line, suggestion) before Astro's own parser or the
 * markdown plugin can stop at the first one.
 *
 * Plain-Markdown bodies are rendered by `glossary/body-render.ts`, once per digest (their text, the
 * glossary's names and the base path), into `glossary/body-cache-fs.ts`: in a build here, before
 * any page (the store keeps each body's digest as `data.body`, which EntryBody reads); in
 * `astro dev` by the page that shows it, from the file as it is then. Only bodies that use MDX go
 * through Astro's MDX compiler.
 */
function bodies(folder: Folder): Loader {
  // Astro's glob loader is imported only for a folder with MDX bodies: loading it (and the content
  // runtime it brings) is a good part of `astro dev`'s start, and most glossaries have none.
  const mdx = (pattern: string[]): Loader => ({
    name: `lexicon-${folder}-mdx`,
    load: async (context) => {
      const { glob } = await import('astro/loaders');
      await glob({ pattern, base: `./content/${folder}`, retainBody: false }).load(context);
    },
  });
  return {
    name: `lexicon-${folder}`,
    load: async (context) => (context.watcher ? devLoad(context, folder, mdx) : buildLoad(context, folder, mdx)),
  };
}

let glossaryCardsAnnounced = false;

/**
 * Tells the card image integration, if it listens, every card of the glossary's pages, once, as
 * soon as the content is read: those cards need only the entries, not the links the rest of the
 * glossary is built from (`glossaryCatalogue`), so the workers draw them meanwhile. Content whose
 * frontmatter fails is left to the glossary's check, which fails the build with its problems.
 */
async function announceGlossaryCards() {
  if (glossaryCardsAnnounced) return;
  glossaryCardsAnnounced = true;
  const { announceCards, cardsWanted } = await import('./glossary/og-registry');
  if (!cardsWanted()) return;
  const content = liveContent();
  if (content.schemaIssues.length) return;
  const [{ glossaryCards }, { glossaryCatalogue }] = await Promise.all([import('./glossary/og-cards'), import('./glossary/glossary')]);
  announceCards(glossaryCards(glossaryCatalogue(content.input)));
}

/** The scenario lab's cards, which its checked scenarios give (they name the glossary's terms). */
async function announceScenarioCards() {
  const { announceCards, cardsWanted } = await import('./glossary/og-registry');
  if (!cardsWanted()) return;
  const [{ scenarioCards }, { getScenarios }] = await Promise.all([import('./glossary/og-cards'), import('./glossary/scenario-load')]);
  announceCards(scenarioCards(await getScenarios()));
}

async function buildLoad(context: LoaderContext, folder: Folder, mdx: (pattern: string[]) => Loader) {
  await announceGlossaryCards();
  // Imported here only: `astro dev` never checks the whole glossary before its first page.
  const { getGlossary } = await import('./glossary/load');
  const glossary = await getGlossary();
  if (folder === 'terms') await announceScenarioCards();
  const entries: Entry[] = glossary[folder];
  const [compiled, plain] = [entries.filter((e) => needsMdx(e.body)), entries.filter((e) => !needsMdx(e.body))];
  if (compiled.length) await mdx(compiled.map(fileName)).load(context);
  const renderer = bodyRenderer(context);
  const shared = sharedDigest(renderer, glossary.terms);
  const { bodyLine } = liveContent();
  const digests = new Set<string>();
  let fresh = 0;
  for (const entry of plain) {
    const { digest, rendered } = await renderBody(renderer, folder, { entry, bodyLine: bodyLine(entry.filePath) }, shared);
    digests.add(digest);
    if (rendered) fresh++;
    context.store.set({ id: entry.slug, data: { body: digest }, digest });
  }
  const current = new Set(entries.map((e) => e.slug));
  for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
  pruneRenderedBodies(folder, digests);
  context.logger.info(`${entries.length} bodies: ${fresh} rendered, ${plain.length - fresh} unchanged since the last build, ${compiled.length} compiled as MDX`);
}

/**
 * `astro dev`: hands the renderer to the pages and stores only which entries exist; the bodies that
 * use MDX go through Astro's glob loader as in a build. The content is read, not checked: the pages
 * call getGlossary() and show its problems until they are fixed, so fixing content needs no restart.
 * A saved plain body changes nothing here (its page renders it afresh); the store changes only when
 * a file is added or removed, or a body starts or stops using MDX.
 */
async function devLoad(context: LoaderContext, folder: Folder, mdx: (pattern: string[]) => Loader) {
  shareBodyRenderer(bodyRenderer(context));
  // The glob loader must not watch by itself: it would add and drop entries by its first list of files.
  const { watcher, ...unwatched } = context;
  let compiled = new Set<string>();
  const sync = async () => {
    const entries: Entry[] = liveContent().input[folder];
    const now = new Set(entries.filter((e) => needsMdx(e.body)).map(fileName));
    // The glob loader drops every entry it did not load; the plain ones are set again below.
    if (now.size) await mdx([...now]).load(unwatched);
    else for (const id of context.store.keys()) context.store.delete(id);
    const current = new Set(entries.map((e) => e.slug));
    for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
    for (const entry of entries) if (!now.has(fileName(entry))) context.store.set({ id: entry.slug, data: {}, digest: 'plain' });
    compiled = now;
  };
  await sync();
  // One change at a time, each looked at when its turn comes, with the files as they are then: a
  // save can fire several events, and two syncs running at once could finish in the wrong order,
  // the last to finish having read the file before the save.
  let turns = Promise.resolve();
  const inTurn = (file: string, task: () => Promise<void> | void) => {
    turns = turns.then(task).catch((error: unknown) => context.logger.error(`Could not load ${file}: ${(error as Error).message}`));
  };
  const folderPath = `content/${folder}/`;
  const root = fileURLToPath(context.config.root);
  watcher?.on('all', (event, path) => {
    const file = relative(root, path).split(sep).join('/');
    if (!file.startsWith(folderPath) || !file.endsWith('.mdx')) return;
    forgetContentSignature();
    const name = file.slice(folderPath.length);
    inTurn(file, () => {
      const entry = event === 'change' ? liveContent().input[folder].find((e) => fileName(e) === name) : undefined;
      // A plain body that stays plain needs nothing: its page reads the file again.
      if (entry && !compiled.has(name) && !needsMdx(entry.body)) return;
      return sync();
    });
  });
}

const fileName = (entry: Entry) => entry.filePath.split('/').pop()!;

/** What bodies render with: the loader's Markdown processor and digest, and the site's base path. */
const bodyRenderer = (context: LoaderContext): BodyRenderer => ({ renderMarkdown: context.renderMarkdown, generateDigest: context.generateDigest, base: context.config.base });

export const collections = {
  terms: defineCollection({ loader: bodies('terms') }),
  guides: defineCollection({ loader: bodies('guides') }),
  services: defineCollection({ loader: bodies('services') }),
};

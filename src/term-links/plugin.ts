/**
 * Sätteri mdast plugin (Astro 7's default markdown processor) that turns [[wiki-links]], plain
 * links to /glossary/<slug>/ (written under the site's base path) and the first occurrence of each other term's name into term links,
 * and fails the build on a link to a term that does not exist, naming file, line and the likely
 * intended term.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { withBase, withoutBase } from './base-path';
import type { LinkIndex } from './link-index';
import { linkSegments, type PageLinkState, type Segment } from './segments';

export interface TermLinksOptions {
  /** The term names; called once per document so a rebuilt index is picked up in dev. */
  index: () => LinkIndex;
  /** Force auto-linking off (e.g. FAQ answers), whatever the page's frontmatter says. */
  autolink?: boolean;
  /** The page's own term, when it cannot be derived from the file path. */
  self?: string;
  /** Receives each term linked, for the link graph. */
  onLink?: (slug: string) => void;
  /** The site's base path (Astro's `base`); term links are written under it. Default "/". */
  base?: string;
}

export class UnknownTermError extends Error {
  constructor(
    readonly target: string,
    readonly location: string,
    readonly suggestion: string | undefined,
  ) {
    // The same line as the build's content check gives for this link (its rule is "broken-link"),
    // so the dev server, which can meet the link while compiling the page, says it the same way.
    super(`${location}: unknown term "${target}"${suggestion ? ` — did you mean "${suggestion}"?` : ''} (broken-link)`);
    this.name = 'UnknownTermError';
  }
}

/** Attributes of every term link: the marker the preview script looks for. (The script also
 *  points aria-describedby at the term's summary once that summary is on the page.) */
export function termLinkProperties(slug: string) {
  return { className: ['term-link'], dataTerm: slug };
}

const TERM_URL = /^\/glossary\/([a-z0-9-]+)\/?(?:#.*)?$/;
/** Ancestors inside which no new link may be created. */
const NO_LINKS = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

interface DocState extends PageLinkState {
  index: LinkIndex;
  file: string;
}

function fileOf(ctx: MdastVisitorContext): string {
  return ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(inline markdown)';
}

function selfOf(file: string): string | undefined {
  return /(?:^|\/)content\/terms\/([^/]+)\.mdx?$/.exec(file)?.[1]?.toLowerCase();
}

function linksAllowed(node: Parameters<MdastVisitorContext['parent']>[0], ctx: MdastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (NO_LINKS.has(parent.type)) return false;
  }
  return true;
}

/** ":line" of a node. Astro's MDX pipeline blanks the frontmatter rather than removing it, so
 *  line numbers are those of the file the author edits. */
function lineOf(line: number | undefined): string {
  return line === undefined ? '' : `:${line}`;
}

export function termLinks(options: TermLinksOptions) {
  const base = options.base ?? '/';
  const termUrl = (slug: string) => withBase(base, `/glossary/${slug}/`);
  const stateOf = (ctx: MdastVisitorContext) => ctx.data['termLinks'] as DocState;
  const toNodes = (segments: Segment[]) =>
    segments.map((segment) => {
      if (segment.kind === 'text') return { type: 'text' as const, value: segment.text };
      options.onLink?.(segment.slug);
      return {
        type: 'link' as const,
        url: termUrl(segment.slug),
        children: [{ type: 'text' as const, value: segment.text }],
        data: { hProperties: termLinkProperties(segment.slug) },
      };
    });

  return defineMdastPlugin({
    name: 'lexicon-term-links',
    options: { position: true },
    before(_root, ctx) {
      const file = fileOf(ctx);
      const astro = ctx.data['astro'] as { frontmatter?: { autolink?: unknown } } | undefined;
      const pageAutolink = astro?.frontmatter?.autolink !== false;
      ctx.data['termLinks'] = {
        index: options.index(),
        file,
        self: options.self ?? selfOf(file),
        autolink: options.autolink ?? pageAutolink,
        linked: new Set<string>(),
      } satisfies DocState;
    },
    link(node, ctx) {
      const state = stateOf(ctx);
      // Authors write root-relative links (/glossary/<slug>/, /guides/<slug>/); each is written under
      // the site's base. A link already under the base is left as it is, and counts the same.
      const sitePath = withoutBase(base, node.url);
      const url = withBase(base, sitePath);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
      const slug = TERM_URL.exec(sitePath)?.[1];
      if (!slug) return;
      if (!state.index.titleOf(slug)) {
        throw new UnknownTermError(slug, `${state.file}${lineOf(node.position?.start.line)}`, state.index.suggest(slug));
      }
      state.linked.add(slug);
      options.onLink?.(slug);
      ctx.setProperty(node, 'data', { hProperties: termLinkProperties(slug) });
    },
    text(node, ctx) {
      const state = stateOf(ctx);
      if (!node.value.includes('[[') && (!state.autolink || !state.index.hasNames)) return;
      const segments = linkSegments(node.value, state.index, state, {
        linksAllowed: linksAllowed(node, ctx),
        onUnknown: ({ target, suggestion }) => {
          throw new UnknownTermError(target, `${state.file}${lineOf(node.position?.start.line)}`, suggestion);
        },
      });
      if (segments.length === 1 && segments[0]?.kind === 'text' && segments[0].text === node.value) return;
      ctx.replaceNode(node, toNodes(segments));
    },
  });
}

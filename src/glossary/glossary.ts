/**
 * The glossary model every page reads: terms sorted A–Z, lookups by slug or any name, category
 * membership, A–Z groups and resolved related entries. Built once from validated input.
 */
import type { LinkIndex } from '../term-links/link-index';
import { linkIndexFor } from './link-memo';
import { buildLinkGraph, sourceKey, type LinkSource } from './link-graph';
import { ALPHABET, letterOf } from './letters';
import type { CategoryEntry, GlossaryInput, GuideEntry, ServiceEntry, TermEntry } from './records';

export interface LetterGroup {
  letter: string;
  terms: TermEntry[];
}

export interface Related {
  terms: TermEntry[];
  guides: GuideEntry[];
  services: ServiceEntry[];
}

export interface Glossary {
  /** All terms, sorted by title (case-insensitive, locale-aware). */
  terms: TermEntry[];
  guides: GuideEntry[];
  services: ServiceEntry[];
  /** Categories that have at least one term, sorted by title. */
  categories: CategoryEntry[];
  term(slug: string): TermEntry | undefined;
  guide(slug: string): GuideEntry | undefined;
  service(slug: string): ServiceEntry | undefined;
  category(slug: string): CategoryEntry | undefined;
  /** The term a title, slug or alias names (case-insensitive), if any. */
  resolve(name: string): TermEntry | undefined;
  termsIn(categorySlug: string): TermEntry[];
  related(term: TermEntry): Related;
  /** Resolves [[links]] in markdown rendered outside page bodies (FAQ answers). */
  linkIndex: LinkIndex;
  /** Terms, guides and services whose text links to this term ("Mentioned in"). */
  mentionedIn(slug: string): Related;
  /** Terms an entry's text links to. */
  linksFrom(source: LinkSource): TermEntry[];
}

/** One collator for every sort: `localeCompare` with options sets one up on each call. */
const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base' });
const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => TITLE_ORDER.compare(a.data.title, b.data.title);

function indexBy<T extends { slug: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.slug, item]));
}

function pick<T>(index: Map<string, T>, slugs: readonly string[]): T[] {
  return slugs.flatMap((slug) => index.get(slug) ?? []);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The name index of these terms, in the glossary's order (by title), as the pages link with it. */
export function glossaryLinkIndex(terms: readonly TermEntry[]): LinkIndex {
  return linkIndexFor([...terms].sort(byTitle).map((t) => ({ slug: t.slug, title: t.data.title, aliases: t.data.aliases })));
}

/** The glossary's lists and lookups: everything but what its links give (resolving names, related, mentions). */
export type GlossaryCatalogue = Pick<Glossary, 'terms' | 'guides' | 'services' | 'categories' | 'term' | 'guide' | 'service' | 'category' | 'termsIn'>;

function catalogueOf(input: GlossaryInput) {
  const terms = [...input.terms].sort(byTitle);
  const guides = [...input.guides].sort(byTitle);
  const services = [...input.services].sort(byTitle);
  // A category without terms would be an empty page and a dead end, so it is left out until used.
  const categories = input.categories.filter((c) => input.terms.some((t) => t.data.categories.includes(c.slug))).sort(byTitle);
  const termIndex = indexBy(terms);
  const guideIndex = indexBy(guides);
  const serviceIndex = indexBy(services);
  const categoryIndex = indexBy(categories);
  const catalogue: GlossaryCatalogue = {
    terms,
    guides,
    services,
    categories,
    term: (slug) => termIndex.get(slug),
    guide: (slug) => guideIndex.get(slug),
    service: (slug) => serviceIndex.get(slug),
    category: (slug) => categoryIndex.get(slug),
    termsIn: (categorySlug) => terms.filter((t) => t.data.categories.includes(categorySlug)),
  };
  return { catalogue, termIndex, guideIndex, serviceIndex };
}

/**
 * The glossary's entries, sorted, and their lookups, without the link index and graph that take
 * most of the time `createGlossary` does: what the link cards need, so a build can start drawing
 * them before the rest of the glossary is built.
 */
export const glossaryCatalogue = (input: GlossaryInput): GlossaryCatalogue => catalogueOf(input).catalogue;

export function createGlossary(input: GlossaryInput): Glossary {
  const { catalogue, termIndex, guideIndex, serviceIndex } = catalogueOf(input);
  const { terms, guides, services } = catalogue;

  const linkIndex = glossaryLinkIndex(terms);
  const graph = buildLinkGraph(input, linkIndex);

  return {
    ...catalogue,
    // One name lookup for the whole site: the same index the markdown plugin links with.
    resolve: (name) => termIndex.get(linkIndex.resolve(name) ?? ''),
    related(term) {
      const { related } = term.data;
      // A guide that walks through the term, or a service about it, is related even if the term
      // does not list it: authors then maintain each relation in one place.
      const pathGuides = guides.filter((g) => g.data.steps.includes(term.slug));
      const aboutServices = services.filter((s) => s.data.terms.includes(term.slug));
      return {
        terms: pick(termIndex, related.terms),
        guides: unique([...pick(guideIndex, related.guides), ...pathGuides]),
        services: unique([...pick(serviceIndex, related.services), ...aboutServices]),
      };
    },
    linkIndex,
    mentionedIn(slug) {
      const sources = graph.backlinks.get(slug) ?? [];
      const of = (kind: LinkSource['kind']) => sources.filter((s) => s.kind === kind).map((s) => s.slug);
      return {
        terms: pick(termIndex, of('term')).sort(byTitle),
        guides: pick(guideIndex, of('guide')).sort(byTitle),
        services: pick(serviceIndex, of('service')).sort(byTitle),
      };
    },
    linksFrom: (source) => pick(termIndex, [...(graph.forward.get(sourceKey(source)) ?? [])]),
  };
}

/** A–Z groups for the letter bar: every letter, with the terms under it (possibly none), then "#". */
export function groupByLetter(terms: readonly TermEntry[]): LetterGroup[] {
  const groups = new Map<string, TermEntry[]>(ALPHABET.map((letter) => [letter, []]));
  for (const term of terms) {
    const letter = letterOf(term.data.title);
    const group = groups.get(letter) ?? [];
    group.push(term);
    groups.set(letter, group);
  }
  return [...groups].map(([letter, list]) => ({ letter, terms: [...list].sort(byTitle) }));
}

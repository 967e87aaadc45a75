/**
 * Who links to whom, computed once per build with the same plugin that renders the pages:
 * forward links per entry and, inverted, the "Mentioned in" list of each term.
 */
import type { LinkIndex } from '../term-links/link-index';
import { linkedTermsOnce } from './link-memo';
import type { GlossaryInput } from './records';

export type SourceKind = 'term' | 'guide' | 'service';

export interface LinkSource {
  kind: SourceKind;
  slug: string;
}

export interface LinkGraph {
  /** Terms each entry links to, keyed "kind:slug". */
  forward: Map<string, Set<string>>;
  /** Entries linking to each term slug, in input order. */
  backlinks: Map<string, LinkSource[]>;
}

export const sourceKey = (source: LinkSource) => `${source.kind}:${source.slug}`;

export function buildLinkGraph(input: GlossaryInput, index: LinkIndex): LinkGraph {
  const forward = new Map<string, Set<string>>();
  const backlinks = new Map<string, LinkSource[]>();
  const entries = [
    ...input.terms.map((e) => ({ kind: 'term' as const, entry: e, extra: e.data.faq.map((f) => f.answer) })),
    ...input.guides.map((e) => ({ kind: 'guide' as const, entry: e, extra: [] as string[] })),
    ...input.services.map((e) => ({ kind: 'service' as const, entry: e, extra: [] as string[] })),
  ];
  for (const { kind, entry, extra } of entries) {
    const self = kind === 'term' ? entry.slug : undefined;
    const options = { index, file: entry.filePath, ...(self ? { self } : {}) };
    const links = linkedTermsOnce(entry.body, { ...options, autolink: entry.data.autolink }, 'body');
    extra.forEach((text, i) => {
      for (const slug of linkedTermsOnce(text, { ...options, autolink: false }, `faq[${i}].answer`)) links.add(slug);
    });
    const source = { kind, slug: entry.slug };
    forward.set(sourceKey(source), links);
    for (const slug of links) {
      const list = backlinks.get(slug) ?? [];
      list.push(source);
      backlinks.set(slug, list);
    }
  }
  return { forward, backlinks };
}

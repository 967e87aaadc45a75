/**
 * Reads the names of every term straight from `content/terms/*.mdx` frontmatter. The markdown
 * plugin runs inside Astro's content pipeline, before collections can be queried, so it reads the
 * files itself; the schema still validates them, and bad files fail there with a clear message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLinkIndex, type LinkIndex, type TermNames } from '../term-links/link-index';

export function parseTermNames(slug: string, source: string): TermNames {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  let data: { title?: unknown; aliases?: unknown } = {};
  try {
    data = (parse(frontmatter) as typeof data | null) ?? {};
  } catch {
    // Malformed YAML is reported by the collection schema with file and line; link by slug meanwhile.
  }
  const title = typeof data.title === 'string' ? data.title : slug;
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
  return { slug, title, aliases };
}

export function readTermNames(folder = 'content/terms'): TermNames[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => parseTermNames(name.replace(/\.mdx$/, '').toLowerCase(), readFileSync(join(folder, name), 'utf8')));
}

/**
 * The link index for the markdown plugin. It is rebuilt only when a term file is added, removed
 * or changed (checked at most once a second), so a build reads the terms once however many
 * documents it renders, and `astro dev` picks up an edited alias within a second.
 */
export function liveLinkIndex(folder = 'content/terms', checkEveryMs = 1000): () => LinkIndex {
  let cache: { checkedAt: number; signature: string; index: LinkIndex } | undefined;
  const signature = () =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => `${name}:${statSync(join(folder, name)).mtimeMs}`)
      .join('|');
  return () => {
    const now = Date.now();
    if (cache && now - cache.checkedAt < checkEveryMs) return cache.index;
    const current = signature();
    if (!cache || cache.signature !== current) cache = { checkedAt: now, signature: current, index: createLinkIndex(readTermNames(folder)) };
    else cache.checkedAt = now;
    return cache.index;
  };
}

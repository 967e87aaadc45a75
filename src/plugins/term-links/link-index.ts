/**
 * Which names point at which term: the lookup behind [[wiki-links]], plain links and auto-links.
 * Built from titles, slugs and aliases; pure, so the plugin, the pages and the tests share it.
 */
import { normaliseName } from '../../lib/names';
import { closestMatches } from '../../lib/suggest';

export interface TermNames {
  slug: string;
  title: string;
  aliases: readonly string[];
}

export interface LinkIndex {
  /** The slug a title, slug or alias names (case-insensitive). */
  resolve(name: string): string | undefined;
  /** Title of a term, for messages. */
  titleOf(slug: string): string | undefined;
  /** The closest known titles/aliases to a misspelt name. */
  suggest(name: string): string | undefined;
  /** Matches whole-word mentions of any title or alias, longest first. Undefined when no terms. */
  mentionPattern: RegExp | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function createLinkIndex(terms: readonly TermNames[]): LinkIndex {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const names = new Map<string, string>();
  const mentionable: string[] = [];
  const display: string[] = [];
  for (const term of terms) {
    for (const name of [term.title, ...term.aliases]) {
      const key = normaliseName(name);
      if (!names.has(key)) names.set(key, term.slug);
      mentionable.push(name);
      display.push(name);
    }
    names.set(term.slug, term.slug);
  }
  mentionable.sort((a, b) => b.length - a.length);
  const mentionPattern = mentionable.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${mentionable.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : undefined;
  return {
    resolve(name) {
      const key = normaliseName(name);
      return names.get(key) ?? names.get(key.replace(/-/g, ' ')) ?? names.get(key.replace(/\s+/g, '-'));
    },
    titleOf: (slug) => bySlug.get(slug)?.title,
    suggest: (name) => closestMatches(name, display, 1)[0],
    mentionPattern,
  };
}

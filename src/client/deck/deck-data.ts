/**
 * The review deck's data file (/learn/deck.json, written at build time): its shape as the browser
 * reads it. The build side's model describes the same shape; browser code may not import it.
 */
export interface DeckTerm {
  slug: string;
  title: string;
  plainEnglish: string;
  summary: string;
}

export interface DeckGroup {
  id: string;
  title: string;
  terms: string[];
}

export interface DeckData {
  version: 1;
  terms: DeckTerm[];
  paths: DeckGroup[];
  categories: DeckGroup[];
}

export const MY_DECK = 'mine';

export async function loadDeckData(src: string): Promise<DeckData> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  return (await response.json()) as DeckData;
}

/** The term slugs of deck `id` ("mine", "path:…", "category:…"); undefined for an unknown id. */
export function deckSlugs(data: DeckData, id: string, mine: readonly string[]): string[] | undefined {
  const known = new Set(data.terms.map((t) => t.slug));
  if (id === MY_DECK) return mine.filter((slug) => known.has(slug));
  return [...data.paths, ...data.categories].find((g) => g.id === id)?.terms.filter((slug) => known.has(slug));
}

/**
 * The review deck as this browser keeps it under `lexicon:deck`: the terms the reader added ("my
 * deck") and each reviewed card's schedule, in the field names of ts-fsrs's `Card` with dates as
 * ISO strings. Pure logic with no scheduler, so the "Your data" page and the import check can read
 * it without loading ts-fsrs.
 */
export const DECK_VERSION = 1;

/** ts-fsrs card states: New, Learning, Review, Relearning. */
export const CARD_STATES = [0, 1, 2, 3] as const;

export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: (typeof CARD_STATES)[number];
  last_review?: string;
}

export interface DeckState {
  version: typeof DECK_VERSION;
  /** Slugs the reader added with "Add to my review deck", oldest first. */
  mine: string[];
  /** Schedule of every card the reader has answered, by term slug. */
  cards: Record<string, StoredCard>;
}

export const emptyDeck = (): DeckState => ({ version: DECK_VERSION, mine: [], cards: {} });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with one card, as "field: problem"; empty when it is a card. */
function cardProblems(card: unknown): string[] {
  if (!isObject(card)) return ['is not an object'];
  const problems: string[] = [];
  if (!isDate(card['due'])) problems.push('due: not a date');
  if (card['last_review'] !== undefined && !isDate(card['last_review'])) problems.push('last_review: not a date');
  for (const field of ['stability', 'difficulty'] as const) if (!isNumber(card[field])) problems.push(`${field}: not a number`);
  for (const field of ['elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const) {
    if (!isCount(card[field])) problems.push(`${field}: not a whole number`);
  }
  if (!CARD_STATES.includes(card['state'] as never)) problems.push('state: not 0, 1, 2 or 3');
  return problems;
}

/** Every problem with a value that claims to be a deck, each as "where: what"; empty when valid. */
export function deckProblems(value: unknown): string[] {
  if (!isObject(value)) return ['not an object'];
  const problems: string[] = [];
  if (value['version'] !== DECK_VERSION) problems.push(`version: ${JSON.stringify(value['version'])}, expected ${DECK_VERSION}`);
  const mine = value['mine'];
  if (!Array.isArray(mine)) problems.push('mine: not a list');
  else mine.forEach((slug, i) => typeof slug === 'string' && SLUG.test(slug) || problems.push(`mine[${i}]: not a term slug`));
  const cards = value['cards'];
  if (!isObject(cards)) problems.push('cards: not an object');
  else {
    for (const [slug, card] of Object.entries(cards)) {
      if (!SLUG.test(slug)) problems.push(`cards › "${slug}": not a term slug`);
      for (const p of cardProblems(card)) problems.push(`cards › ${slug} › ${p}`);
    }
  }
  return problems;
}

/** The stored deck, or an empty one when nothing (or nothing readable) is stored. */
export function parseDeck(raw: string | null): DeckState {
  if (raw === null) return emptyDeck();
  try {
    const value: unknown = JSON.parse(raw);
    return deckProblems(value).length ? emptyDeck() : (value as DeckState);
  } catch {
    return emptyDeck();
  }
}

export const serialiseDeck = (deck: DeckState): string => JSON.stringify(deck);

export const addToMine = (deck: DeckState, slug: string): DeckState =>
  deck.mine.includes(slug) ? deck : { ...deck, mine: [...deck.mine, slug] };

export const removeFromMine = (deck: DeckState, slug: string): DeckState => ({ ...deck, mine: deck.mine.filter((s) => s !== slug) });

/** The end of the reader's calendar day (local time): a card due any time today is due today. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

export const isDueToday = (card: StoredCard, now: Date): boolean => Date.parse(card.due) <= endOfDay(now).getTime();

/** Cards with a schedule, and how many of them are due today, among `slugs` (all when omitted). */
export function deckCounts(deck: DeckState, now: Date, slugs?: readonly string[]): { scheduled: number; due: number; new: number } {
  const pool = slugs ?? [...new Set([...deck.mine, ...Object.keys(deck.cards)])];
  const cards = pool.map((slug) => deck.cards[slug]);
  const scheduled = cards.filter((c) => c !== undefined);
  return { scheduled: scheduled.length, due: scheduled.filter((c) => isDueToday(c, now)).length, new: cards.length - scheduled.length };
}

/**
 * The order a review goes through `slugs`: cards due today, most overdue first, then cards never
 * reviewed in the deck's own order. Cards scheduled for a later day are not in it.
 */
export function reviewQueue(deck: DeckState, slugs: readonly string[], now: Date): string[] {
  const due = slugs.filter((s) => deck.cards[s] && isDueToday(deck.cards[s], now));
  due.sort((a, b) => Date.parse(deck.cards[a]!.due) - Date.parse(deck.cards[b]!.due));
  return [...due, ...slugs.filter((s) => !deck.cards[s])];
}

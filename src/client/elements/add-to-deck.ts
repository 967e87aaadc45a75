/**
 * Adds the page's term to "my deck" or takes it out, and shows which it is. Loaded by
 * add-to-deck-check.ts on the first click (or at once when a deck exists). Writes only on a click.
 */
import { addToMine, parseDeck, removeFromMine, serialiseDeck } from '../deck/deck-state';
import { DECK_KEY } from '../storage/names';
import { readStored, writeStored } from '../storage/site-storage';

const BUTTONS = '[data-add-to-deck]';

/** Marks each button pressed when its term is in the reader's deck. */
export function showDeckState(): void {
  const mine = parseDeck(readStored(DECK_KEY)).mine;
  for (const button of document.querySelectorAll<HTMLButtonElement>(BUTTONS)) {
    button.setAttribute('aria-pressed', String(mine.includes(button.dataset['addToDeck']!)));
  }
}

function link(path: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `${import.meta.env.BASE_URL}${path}`;
  a.textContent = text;
  return a;
}

export function toggleInDeck(button: HTMLButtonElement): void {
  const slug = button.dataset['addToDeck']!;
  const deck = parseDeck(readStored(DECK_KEY));
  const adding = !deck.mine.includes(slug);
  writeStored(DECK_KEY, serialiseDeck(adding ? addToMine(deck, slug) : removeFromMine(deck, slug)));
  showDeckState();
  const note = button.parentElement?.querySelector<HTMLElement>('[data-deck-note]');
  if (!note) return;
  note.replaceChildren(
    adding ? 'Added to your review deck: ' : 'Removed from your review deck. ',
    ...(adding ? [link('learn/?deck=mine', 'review it'), '. '] : []),
    'Stored in this browser · ',
    link('your-data/', 'your data'),
  );
}

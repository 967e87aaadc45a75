/**
 * The eager part of "Add to my review deck": one delegated click listener, and one storage read
 * so a reader who already has a deck sees whether this term is in it. Everything else loads from
 * add-to-deck.ts when needed.
 */
import { hasStored } from '../storage/has-stored';
import { DECK_KEY } from '../storage/names';

const load = () => import('./add-to-deck');
if (hasStored(DECK_KEY)) void load().then((m) => m.showDeckState());
document.addEventListener('click', (e) => {
  const button = (e.target as Element).closest?.<HTMLButtonElement>('[data-add-to-deck]');
  if (button) void load().then((m) => m.toggleInDeck(button));
});

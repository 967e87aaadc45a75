/**
 * The eager part of "Add to my review deck" (term pages): one delegated click listener, and, where
 * the button is and the reader already has a deck, loading the rest at once so the button shows
 * whether this term is in it. Everything else is add-to-deck.ts, loaded when needed.
 */
import { hasStored } from '../storage/has-stored';

const load = () => import('./add-to-deck');
if (document.querySelector('[data-add-to-deck]') && hasStored('lexicon:deck')) void load().then((m) => m.showDeckState());
document.addEventListener('click', (e) => {
  const button = (e.target as Element).closest?.<HTMLButtonElement>('[data-add-to-deck]');
  if (button) void load().then((m) => m.toggleInDeck(button));
});

/**
 * The review deck at /learn/: shows due and new cards of the chosen deck one at a time; Space (or
 * the button) turns a card over, 1–4 (or the buttons) answer it, and the scheduler sets when it
 * comes back. Nothing is stored until the reader answers a card. The deck chosen lives in the URL
 * (?deck=), so it is shareable and stores nothing.
 */
import { deckCounts, parseDeck, reviewQueue, serialiseDeck, type DeckState } from '../deck/deck-state';
import { deckSlugs, loadDeckData, MY_DECK, type DeckData, type DeckTerm } from '../deck/deck-data';
import { answer, GRADES, intervals, type GradeLabel } from '../deck/scheduler';
import { DECK_KEY } from '../storage/names';
import { readStored, writeStored } from '../storage/site-storage';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const dayName = (date: Date) => date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

class ReviewDeck extends HTMLElement {
  #data?: DeckData;
  #terms = new Map<string, DeckTerm>();
  #deckId = MY_DECK;
  #queue: string[] = [];
  #done = 0;
  #flipped = false;

  #el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback() {
    this.#el('flip').addEventListener('click', () => this.#flip());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      button.addEventListener('click', () => this.#answer(button.dataset['grade'] as GradeLabel));
    }
    this.#el<HTMLSelectElement>('deck-choice').addEventListener('change', (e) => {
      this.#deckId = (e.target as HTMLSelectElement).value;
      const url = new URL(location.href);
      url.searchParams.set('deck', this.#deckId);
      history.replaceState(null, '', url);
      this.#start();
    });
    document.addEventListener('keydown', this.#onKey);
    void this.#load();
  }

  async #load() {
    try {
      this.#data = await loadDeckData(this.dataset['src']!);
    } catch {
      this.#el('counts').textContent = 'The deck could not be loaded. Check your connection and reload the page.';
      return;
    }
    this.#terms = new Map(this.#data.terms.map((t) => [t.slug, t]));
    const asked = new URLSearchParams(location.search).get('deck');
    const deck = this.#deck();
    if (asked && deckSlugs(this.#data, asked, deck.mine)) this.#deckId = asked;
    else this.#deckId = deck.mine.length || !this.#data.paths[0] ? MY_DECK : this.#data.paths[0].id;
    this.#el<HTMLSelectElement>('deck-choice').value = this.#deckId;
    this.#start();
  }

  /** The deck as stored now: another tab may have answered cards meanwhile. */
  #deck(): DeckState {
    return parseDeck(readStored(DECK_KEY));
  }

  #slugs(deck: DeckState): string[] {
    return deckSlugs(this.#data!, this.#deckId, deck.mine) ?? [];
  }

  #start() {
    const deck = this.#deck();
    this.#queue = reviewQueue(deck, this.#slugs(deck), new Date());
    this.#done = 0;
    this.#showCounts(deck);
    this.#show(false);
  }

  #showCounts(deck: DeckState) {
    const slugs = this.#slugs(deck);
    const { due, new: fresh } = deckCounts(deck, new Date(), slugs);
    this.#el('counts').textContent = slugs.length
      ? `${plural(slugs.length, 'card')} in this deck: ${due} due today, ${fresh} new.`
      : 'No cards in this deck yet.';
  }

  /** Shows the next card's front, or the end of the review; `moveFocus` after an answer. */
  #show(moveFocus: boolean) {
    const card = this.#el('card');
    const slug = this.#queue[0];
    const term = slug ? this.#terms.get(slug) : undefined;
    this.#flipped = false;
    if (!term) {
      card.hidden = true;
      this.#showDone(moveFocus);
      return;
    }
    this.#el('done').hidden = true;
    card.hidden = false;
    this.#el('position').textContent = `${this.#done + 1} of ${this.#done + this.#queue.length}`;
    this.#el('title').textContent = term.title;
    this.#el('plain').textContent = term.plainEnglish;
    this.#el('summary').textContent = term.summary;
    const link = this.#el<HTMLAnchorElement>('link');
    link.href = `${import.meta.env.BASE_URL}glossary/${term.slug}/`;
    link.textContent = `Read the full entry for ${term.title}`;
    const next = intervals(this.#deck().cards[term.slug], new Date());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      const grade = button.dataset['grade'] as GradeLabel;
      button.querySelector('[data-when]')!.textContent = days(next[grade]);
      button.setAttribute('aria-label', `${grade}: again in ${days(next[grade])}`);
    }
    this.#el('back').hidden = true;
    const flip = this.#el('flip');
    flip.hidden = false;
    if (moveFocus) flip.focus();
  }

  #showDone(moveFocus: boolean) {
    const deck = this.#deck();
    const slugs = this.#slugs(deck);
    const title = this.#el('done-title');
    const text = this.#el('done-text');
    const later = slugs.map((s) => deck.cards[s]?.due).filter((d): d is string => d !== undefined).sort()[0];
    if (!slugs.length) {
      title.textContent = this.#deckId === MY_DECK ? 'Your deck is empty' : 'No cards in this deck';
      text.textContent =
        'Add terms with “Add to my review deck” at the top of any term page, or choose a learning path or a category above.';
    } else {
      title.textContent = this.#done ? 'Done for today' : 'Nothing due today';
      text.textContent = later ? `The next card in this deck is due on ${dayName(new Date(later))}.` : '';
    }
    this.#el('done').hidden = false;
    if (moveFocus) title.focus();
  }

  #flip() {
    if (this.#flipped || !this.#queue.length) return;
    this.#flipped = true;
    this.#el('flip').hidden = true;
    this.#el('back').hidden = false;
    // The answer is read out from where focus lands; Tab goes on to the link and the answers.
    this.#el('plain').focus();
  }

  #answer(grade: GradeLabel) {
    const slug = this.#queue[0];
    if (!this.#flipped || !slug) return;
    const now = new Date();
    const deck = this.#deck();
    const card = answer(deck.cards[slug], grade, now);
    const next: DeckState = { ...deck, cards: { ...deck.cards, [slug]: card } };
    writeStored(DECK_KEY, serialiseDeck(next));
    this.#queue.shift();
    this.#done++;
    const title = this.#terms.get(slug)?.title ?? slug;
    const following = this.#queue[0] ? this.#terms.get(this.#queue[0])?.title : undefined;
    this.#el('announce').textContent =
      `${grade}: ${title} comes back on ${dayName(new Date(card.due))}. ` + (following ? `Next card: ${following}.` : 'That was the last card for today.');
    this.#showCounts(next);
    this.#show(true);
  }

  #onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || this.#el('card').hidden) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, [contenteditable]')) return;
    if (e.key === ' ' && !this.#flipped) {
      // A focused button or link does its own thing with Space (the flip button flips).
      if (target.closest('button, a, summary')) return;
      e.preventDefault();
      this.#flip();
    } else if (this.#flipped) {
      const grade = GRADES.find((g) => g.key === e.key);
      if (grade) {
        e.preventDefault();
        this.#answer(grade.label);
      }
    }
  };
}
customElements.define('review-deck', ReviewDeck);

export {};

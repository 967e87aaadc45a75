/**
 * <term-previews>: the part of term previews that loads with the page, kept small because every
 * term page pays for it before the reader does anything. It waits for the first sign of interest
 * in a term link (the mouse over it, keyboard focus on it, a finger on it), loads the card code
 * then, and hands that code every event from the first one on, in order, so the hover or focus
 * that started the load still opens its card. It also owns the reader's on/off setting and gives
 * the first link to each term here that term's summary as its accessible description.
 */
import { readStored, removeStored, writeStored } from '../storage/site-storage';
import type { PreviewCards } from './term-previews-cards';

/** Stored only once the reader turns previews off; absent means on. */
const SETTING = 'lexicon:previews';
const EVENTS = ['pointerdown', 'pointerover', 'pointerout', 'focusin', 'focusout', 'click'];
const LINK = 'a[data-term]';

const enabled = () => readStored(SETTING) !== 'off';

class TermPreviews extends HTMLElement {
  #cards?: PreviewCards;
  /** Events since the card code started loading, with the pointer type and time of each. */
  #queue: [Event, string, number][] | undefined;
  #pointer = 'mouse';

  connectedCallback() {
    // A screen reader hears a term's summary once on this page: on its first link, not on every one.
    for (const data of this.querySelectorAll<HTMLElement>('[data-preview]')) {
      const slug = data.dataset['preview'];
      this.querySelector(`a.term-link[data-term="${slug}"]`)?.setAttribute('aria-describedby', `term-desc-${slug}`);
    }
    const button = this.querySelector('.previews-setting button');
    const show = () => button?.setAttribute('aria-pressed', String(enabled()));
    show();
    button?.addEventListener('click', () => {
      if (enabled()) writeStored(SETTING, 'off');
      else removeStored(SETTING);
      show();
      this.#cards?.closeAll();
    });
    for (const type of EVENTS) this.addEventListener(type, this);
  }

  handleEvent(e: Event) {
    if (e.type === 'pointerdown') this.#pointer = (e as PointerEvent).pointerType;
    if (this.#cards) return this.#cards.handle(e, this.#pointer);
    const link = e.target instanceof Element ? e.target.closest(LINK) : null;
    const on = link && enabled();
    // A tap shows the card instead of following the link; that has to be decided now, not after loading.
    // (A click from the keyboard has detail 0 and follows the link.)
    if (on && e.type === 'click' && this.#pointer !== 'mouse' && (e as MouseEvent).detail) e.preventDefault();
    if (this.#queue) return void this.#queue.push([e, this.#pointer, performance.now()]);
    const intent =
      (e.type === 'pointerover' && (e as PointerEvent).pointerType === 'mouse') ||
      (e.type === 'pointerdown' && this.#pointer !== 'mouse') ||
      (e.type === 'focusin' && link?.matches(':focus-visible'));
    if (!on || !intent) return;
    this.#queue = [[e, this.#pointer, performance.now()]];
    void import('./term-previews-cards').then(({ PreviewCards }) => {
      this.#cards = new PreviewCards(this, enabled);
      for (const [event, pointer, at] of this.#queue!) this.#cards.handle(event, pointer, at);
      this.#queue = undefined;
    }, () => (this.#queue = undefined));
  }
}

customElements.define('term-previews', TermPreviews);

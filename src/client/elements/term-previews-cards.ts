/**
 * Preview cards for the term links inside a <term-previews> element, loaded on the reader's first
 * sign of interest. Hover (after an intent delay), keyboard focus and tap open a card, a non-modal
 * dialog; links inside a card open nested cards beside it.
 *
 * WCAG 1.4.13: a card can be dismissed (Escape, its close button), hovered (a grace period covers
 * the gap) and stays until the reader leaves it. Cards are not in the Tab order: Tab moves on
 * through the page's own links, and Alt+Down arrow moves focus into the card of the focused link,
 * from where Escape brings it back. Previews never add history entries, so Back always leaves the
 * page. The links stay ordinary links: with previews off or without JavaScript they navigate.
 */
import type { TermPreview as Preview } from '../../term-links/preview';
import { cardHint, isEnterCardKey } from './term-previews-keys';
import { besideParent, byLink, type Box, type Placement } from './term-previews-place';

type Opener = 'hover' | 'focus' | 'tap';

interface Open {
  slug: string;
  link: HTMLAnchorElement;
  card: HTMLElement;
  /** Opened by a tap: stays until dismissed, whatever the pointer or focus does. */
  pinned: boolean;
}

const OPEN_DELAY = 400;
const CLOSE_DELAY = 300;
/** Term links: `.term-link` in the page, and any link with a data-term inside a card. */
const LINK = 'a.term-link[data-term], .term-preview a[data-term]';
const FOCUSABLE = 'a[href],button:not([disabled]),input,select,textarea,[tabindex]:not([tabindex="-1"])';
/** CSS anchor positioning: the browser keeps a first card by its link, flipping it to stay on screen. */
const ANCHORED = CSS.supports('anchor-name: --a') && CSS.supports('position-area: block-end');
const HINT = cardHint(navigator.platform);

let cards = 0;

function buildCard(p: Preview, opener: Opener): HTMLElement {
  const id = `term-preview-${++cards}`;
  const card = document.createElement('div');
  card.className = 'term-preview';
  card.popover = 'manual';
  card.tabIndex = -1;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `Preview: ${p.title}`);
  card.setAttribute('aria-describedby', `${id}-hint`);
  card.dataset['pagefindIgnore'] = 'all';
  card.innerHTML =
    `<p class="tp-category"></p><p class="tp-title"></p><p class="tp-summary">${p.summaryHtml}</p>` +
    `<p class="tp-plain"><span class="visually-hidden">Plain English: </span></p>` +
    `<a class="tp-open"><span aria-hidden="true"> →</span></a>` +
    `<p class="tp-hint" id="${id}-hint"></p>` +
    `<button type="button" class="tp-close" aria-label="Close preview"><span aria-hidden="true">×</span></button>`;
  const [category, title, , plain, open, hint] = card.children as unknown as HTMLElement[];
  category!.textContent = p.category;
  title!.textContent = p.title;
  plain!.append(p.plainEnglish);
  (open as HTMLAnchorElement).href = p.href;
  open!.prepend(`Open ${p.title}`);
  hint!.textContent = HINT;
  // The key matters to a keyboard reader; the hint stays the card's description for everyone else.
  hint!.hidden = opener !== 'focus';
  return card;
}

const firstLine = (el: Element): Box => el.getClientRects()[0] ?? el.getBoundingClientRect();
const viewport = () => ({ width: innerWidth, height: innerHeight });

function apply(card: HTMLElement, at: Placement): void {
  card.style.top = `${at.top}px`;
  card.style.left = `${at.left}px`;
  card.style.maxHeight = at.maxHeight === undefined ? '' : `${at.maxHeight}px`;
}

/** The card's size as it would be with no height limit of ours (its CSS limit still applies). */
function naturalSize(card: HTMLElement) {
  card.style.maxHeight = '';
  return { width: card.offsetWidth, height: card.offsetHeight };
}

const termLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(LINK) : null);

export class PreviewCards {
  readonly #host: HTMLElement;
  readonly #enabled: () => boolean;
  /** Preview data by slug: what the page ships, then what was fetched. */
  #cache = new Map<string, Promise<Preview | undefined>>();
  /** Open cards, parent first. */
  #stack: Open[] = [];
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;

  constructor(host: HTMLElement, enabled: () => boolean) {
    this.#host = host;
    this.#enabled = enabled;
    for (const el of host.querySelectorAll<HTMLElement>('[data-preview]')) {
      const { preview: slug = '', title = '', category = '', plain = '' } = el.dataset;
      const summaryHtml = el.firstElementChild?.innerHTML ?? '';
      const href = `${import.meta.env.BASE_URL}glossary/${slug}/`;
      this.#cache.set(slug, Promise.resolve({ slug, title, category, href, summaryHtml, plainEnglish: plain }));
    }
    // What the platform only tells the document or window: a press anywhere (outside the cards it
    // closes them all), keys wherever focus is, scrolling and resizing for the placed cards, and
    // leaving the page (a page restored by Back shows no stale card).
    document.addEventListener('pointerdown', this.#onPress);
    document.addEventListener('keydown', this.#onKeyDown);
    addEventListener('scroll', this.#reposition, { passive: true });
    addEventListener('resize', this.#reposition, { passive: true });
    addEventListener('pagehide', () => this.closeAll());
  }

  /** An event on the host, with the type of the last pointer pressed and when it happened. */
  handle(e: Event, pointer: string, at = performance.now()): void {
    if (e.type === 'pointerover') this.#onPointerOver(e as PointerEvent, at);
    else if (e.type === 'pointerout') this.#onPointerOut(e as PointerEvent);
    else if (e.type === 'pointerdown') this.#onPointerDown(e);
    else if (e.type === 'focusin') this.#onFocusIn(e);
    // Let focus land first, then close what it left.
    else if (e.type === 'focusout') setTimeout(() => this.#settle());
    else if (e.type === 'click') this.#onClick(e as MouseEvent, pointer);
  }

  closeAll(): void {
    this.#closeFrom(0);
  }

  #load(slug: string): Promise<Preview | undefined> {
    if (!this.#cache.has(slug)) {
      this.#cache.set(
        slug,
        fetch(`${import.meta.env.BASE_URL}previews/${slug}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<Preview>) : undefined))
          .catch(() => undefined),
      );
    }
    return this.#cache.get(slug)!;
  }

  /** Stack index of the card containing `node`, or -1 on the page itself. */
  #levelOf(node: Element): number {
    const card = node.closest('.term-preview');
    return card ? this.#stack.findIndex((o) => o.card === card) : -1;
  }

  async #open(link: HTMLAnchorElement, opener: Opener): Promise<Open | undefined> {
    const stack = this.#stack;
    const slug = link.dataset['term']!;
    const parent = this.#levelOf(link);
    // The same term is never stacked twice: its card is already open below.
    if (stack.slice(0, parent + 1).some((o) => o.slug === slug)) return undefined;
    const data = await this.#load(slug);
    if (!data || !link.isConnected || (parent >= 0 && !stack[parent])) return undefined;
    const already = stack[parent + 1];
    if (already?.link === link) {
      if (opener === 'tap') already.pinned = true;
      return already;
    }
    this.#closeFrom(parent + 1);
    const card = buildCard(data, opener);
    const open = { slug, link, card, pinned: opener === 'tap' };
    this.#host.append(card);
    if (ANCHORED && parent < 0) {
      link.style.setProperty('anchor-name', '--term-preview');
      card.classList.add('is-anchored');
    }
    card.showPopover();
    stack.push(open);
    this.#place(stack.length - 1);
    if (opener === 'tap') {
      link.setAttribute('aria-expanded', 'true');
      // A screen reader on a touch screen hears the card it opened; no focus ring shows for a tap.
      card.focus({ preventScroll: true });
    }
    return open;
  }

  #place(level: number): void {
    const { link, card } = this.#stack[level]!;
    if (level === 0) {
      if (!ANCHORED) apply(card, byLink(firstLine(link), naturalSize(card), viewport()));
      return;
    }
    const parent = this.#stack[level - 1]!.card.getBoundingClientRect();
    apply(card, besideParent(parent, firstLine(link), naturalSize(card), viewport()));
  }

  #reposition = () => this.#stack.forEach((_, level) => this.#place(level));

  /** Closes the cards from `level` up. */
  #closeFrom(level: number): void {
    while (this.#stack.length > Math.max(level, 0)) {
      const { card, link } = this.#stack.pop()!;
      card.remove();
      link.removeAttribute('aria-expanded');
      link.style.removeProperty('anchor-name');
    }
  }

  /** Closes the card at `level` and above; focus that was in them goes back to its link. */
  #dismiss(level: number): void {
    const open = this.#stack[level];
    if (!open) return;
    const active = document.activeElement;
    const hadFocus = this.#stack.slice(level).some((o) => o.card.contains(active)) || open.link === active;
    this.#closeFrom(level);
    if (hadFocus) {
      // Returning focus to the link must not reopen the card just closed.
      open.link.dataset['suppress'] = '1';
      open.link.focus({ preventScroll: true });
      delete open.link.dataset['suppress'];
    }
  }

  /** Keeps every card that is pinned, hovered or holds focus (and its parents); closes the rest. */
  #settle(): void {
    let keep = -1;
    const active = document.activeElement;
    this.#stack.forEach((o, i) => {
      if (o.pinned || o.card.matches(':hover') || o.link.matches(':hover') || o.card.contains(active) || o.link === active) keep = i;
    });
    this.#closeFrom(keep + 1);
  }

  /** Focusable elements in the same layer as `el` (the host's page part, or one card), in tab order. */
  #focusablesBeside(el: Element): HTMLElement[] {
    const layer = el.closest('.term-preview');
    return [...(layer ?? this.#host).querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (x) => x.closest('.term-preview') === layer && x.getClientRects().length > 0,
    );
  }

  /**
   * Tab outside the cards moves through the page as if there were none: the cards close first, so
   * the browser's next stop cannot be inside one. Inside a card, Tab stays in it, and leaves it
   * from its ends: back to its link, or on to whatever follows the link.
   */
  #onTab(e: KeyboardEvent): void {
    const active = document.activeElement;
    const here = active instanceof HTMLElement ? this.#stack.find((o) => o.card === active.closest('.term-preview')) : undefined;
    if (!here || !active) return this.#closeFrom(0);
    const inCard = this.#focusablesBeside(here.card.firstElementChild!);
    const atStart = active === here.card || active === inCard[0];
    if (e.shiftKey ? !atStart : active !== inCard.at(-1)) return;
    e.preventDefault();
    if (e.shiftKey) return here.link.focus();
    const after = this.#focusablesBeside(here.link);
    (after[after.indexOf(here.link) + 1] ?? here.link).focus();
  }

  /** Alt+Down arrow on a term link: into its card, opening it first if it is not open. */
  async #enterCard(e: KeyboardEvent): Promise<void> {
    const link = termLink(document.activeElement);
    if (!link || !this.#enabled()) return;
    e.preventDefault();
    const open = this.#stack.find((o) => o.link === link) ?? (await this.#open(link, 'focus'));
    if (!open) return;
    open.card.querySelector<HTMLElement>('.tp-hint')!.hidden = false;
    open.card.focus();
  }

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') this.#onTab(e);
    else if (isEnterCardKey(e)) void this.#enterCard(e);
    else if (e.key === 'Escape' && this.#stack.length) {
      e.preventDefault();
      this.#stack.at(-1)!.pinned = false;
      this.#dismiss(this.#stack.length - 1);
    }
  };

  #onPress = (e: PointerEvent) => {
    if (e.target instanceof Element && !e.target.closest('.term-preview') && !termLink(e.target)) this.#closeFrom(0);
  };

  #onPointerDown(e: Event): void {
    // A finger on a link: fetch its card now, so it is ready when the tap ends.
    const link = termLink(e.target);
    if (link && this.#enabled()) void this.#load(link.dataset['term']!);
  }

  #onPointerOver(e: PointerEvent, at: number): void {
    if (e.pointerType !== 'mouse' || !this.#enabled()) return;
    const link = termLink(e.target);
    if (link || (e.target instanceof Element && e.target.closest('.term-preview'))) clearTimeout(this.#closeTimer);
    if (!link) return;
    clearTimeout(this.#openTimer);
    // Start fetching now, so a card not shipped with the page is ready when the delay ends.
    void this.#load(link.dataset['term']!);
    // Moving from one open preview to the next feels instant; a first preview waits for intent,
    // counted from the hover itself (the card code may have loaded in between).
    const delay = this.#stack.length ? 0 : Math.max(0, OPEN_DELAY - (performance.now() - at));
    this.#openTimer = setTimeout(() => void this.#open(link, 'hover'), delay);
  }

  #onPointerOut(e: PointerEvent): void {
    if (e.pointerType !== 'mouse') return;
    if (termLink(e.target)) clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    if (this.#stack.length) this.#closeTimer = setTimeout(() => this.#settle(), CLOSE_DELAY);
  }

  #onFocusIn(e: Event): void {
    const link = termLink(e.target);
    if (!link) return;
    void this.#load(link.dataset['term']!);
    if (this.#enabled() && !link.dataset['suppress'] && link.matches(':focus-visible')) {
      void this.#open(link, 'focus').then((open) => {
        // Focus moved on while the card loaded: no card for a link the reader has left.
        if (open && document.activeElement !== link && !open.card.contains(document.activeElement) && !open.pinned) this.#settle();
      });
    }
  }

  #onClick(e: MouseEvent, pointer: string): void {
    const target = e.target instanceof Element ? e.target : null;
    const close = target?.closest('.tp-close');
    if (close) return this.#dismiss(this.#levelOf(close));
    const link = termLink(target);
    // A tap opens the card instead of navigating (the card's own link navigates); a mouse click or
    // the keyboard's Enter (detail 0) follows the link.
    if (!link || pointer === 'mouse' || !e.detail || !this.#enabled()) return;
    e.preventDefault();
    const level = this.#levelOf(link);
    if (this.#stack[level + 1]?.link === link) this.#closeFrom(level + 1);
    else void this.#open(link, 'tap');
  }
}

/**
 * Term preview cards for the term links inside this element: hover (with intent delay), keyboard
 * focus and tap open a non-modal popover; links inside a card open nested cards. WCAG 1.4.13:
 * cards can be dismissed (Escape), hovered (grace period across the gap) and persist until the
 * reader leaves them. The links stay ordinary links: with previews off or without JavaScript they
 * simply navigate. Cards are appended inside the element; as popovers they render in the top layer.
 */
import type { TermPreview as Preview } from '../../term-links/preview';

interface Open {
  slug: string;
  link: HTMLAnchorElement;
  card: HTMLElement;
  /** Opened by a tap: stays until dismissed, whatever the pointer or focus does. */
  pinned: boolean;
}

const OPEN_DELAY = 400;
const CLOSE_DELAY = 300;
const SETTING = 'previews';
/** Term links: `.term-link` in the page, and any link with a data-term inside a card. */
const LINK = 'a.term-link[data-term], .term-preview a[data-term]';
const FOCUSABLE = 'a[href],button:not([disabled]),input,select,textarea,[tabindex]:not([tabindex="-1"])';
/** CSS anchor positioning: the browser keeps the card by its link, flipping it to stay on screen. */
const ANCHORED = CSS.supports('anchor-name: --a') && CSS.supports('position-area: block-end');

function previewsEnabled(): boolean {
  try {
    return localStorage.getItem(SETTING) !== 'off';
  } catch {
    return true;
  }
}

function setPreviewsEnabled(on: boolean): void {
  try {
    if (on) localStorage.removeItem(SETTING);
    else localStorage.setItem(SETTING, 'off');
  } catch {
    /* Storage blocked: the setting lasts for this page. */
  }
}

function buildCard(p: Preview): HTMLElement {
  const card = document.createElement('div');
  card.className = 'term-preview';
  card.popover = 'manual';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `Preview: ${p.title}`);
  card.dataset['pagefindIgnore'] = 'all';
  card.innerHTML =
    `<p class="tp-category"></p><p class="tp-title"></p><p class="tp-summary">${p.summaryHtml}</p>` +
    `<p class="tp-plain"><span class="visually-hidden">Plain English: </span></p><a class="tp-open"></a>`;
  const [category, title, , plain] = card.children;
  category!.textContent = p.category;
  title!.textContent = p.title;
  plain!.append(p.plainEnglish);
  const open = card.lastElementChild as HTMLAnchorElement;
  open.href = p.href;
  open.textContent = 'Open glossary term';
  return card;
}

/** The measured fallback: below the link's first line, or above when there is no room, and
 *  shifted sideways to stay inside the viewport. */
function place(link: HTMLElement, card: HTMLElement): void {
  const r = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const margin = 8;
  const gap = 6;
  const below = innerHeight - r.bottom - gap - margin;
  const above = r.top - gap - margin;
  card.style.maxHeight = '';
  // Where the card fits, or else the roomier side with the card scrolling inside.
  const under = card.offsetHeight <= below || (card.offsetHeight > above && below >= above);
  if (card.offsetHeight > (under ? below : above)) card.style.maxHeight = `${Math.max(under ? below : above, 80)}px`;
  card.style.top = `${under ? r.bottom + gap : r.top - gap - card.offsetHeight}px`;
  card.style.left = `${Math.max(margin, Math.min(r.left, innerWidth - card.offsetWidth - margin))}px`;
}

class TermPreviews extends HTMLElement {
  /** Preview data by slug: what the page ships, then what was fetched. */
  #cache = new Map<string, Promise<Preview | undefined>>();
  /** Open cards, parent first. */
  #stack: Open[] = [];
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #pointerType = 'mouse';
  #historyEntry = false;
  /** Our own history.back() after closing a tapped card: its popstate must not close a newer card. */
  #ownBack = false;

  connectedCallback() {
    for (const el of this.querySelectorAll<HTMLElement>('[data-preview]')) {
      const { preview: slug = '', title = '', category = '', plain = '' } = el.dataset;
      const summaryHtml = el.firstElementChild?.innerHTML ?? '';
      const p = { slug, title, category, href: `${import.meta.env.BASE_URL}glossary/${slug}/`, summaryHtml, plainEnglish: plain };
      this.#cache.set(slug, Promise.resolve(p));
      this.#describe(p);
    }
    this.addEventListener('pointerover', this.#onPointerOver);
    this.addEventListener('pointerout', this.#onPointerOut);
    this.addEventListener('focusin', this.#onFocusIn);
    // Let focus land first, then close what it left.
    this.addEventListener('focusout', () => this.#stack.length && setTimeout(() => this.#settle()));
    this.addEventListener('click', this.#onClick);
    // What the platform only tells the document or window: a pointer anywhere (a press outside
    // closes every card), Escape wherever focus is, Back, and scrolling for the measured fallback.
    document.addEventListener('pointerdown', this.#onPointerDown);
    document.addEventListener('keydown', this.#onKeyDown);
    addEventListener('popstate', this.#onPopState);
    if (!ANCHORED) {
      const reposition = () => this.#stack.forEach((o) => place(o.link, o.card));
      addEventListener('scroll', reposition, { passive: true });
      addEventListener('resize', reposition, { passive: true });
    }
    this.#setUpSetting();
  }

  /** The reader's setting: previews on or off, remembered across pages and visits. */
  #setUpSetting() {
    const button = this.querySelector<HTMLButtonElement>('.previews-setting button');
    if (!button) return;
    const show = () => button.setAttribute('aria-pressed', String(previewsEnabled()));
    show();
    button.addEventListener('click', () => {
      setPreviewsEnabled(!previewsEnabled());
      this.#closeFrom(0);
      show();
    });
  }

  #load(slug: string): Promise<Preview | undefined> {
    if (!this.#cache.has(slug)) {
      this.#cache.set(
        slug,
        fetch(`${import.meta.env.BASE_URL}previews/${slug}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<Preview>) : undefined))
          .then((p) => (p && this.#describe(p), p))
          .catch(() => undefined),
      );
    }
    return this.#cache.get(slug)!;
  }

  /** Makes the term's summary the accessible description of every link to it here. */
  #describe(p: Preview) {
    const store = this.querySelector('#term-previews');
    const id = `term-desc-${p.slug}`;
    if (store && !this.querySelector(`[id="${id}"]`)) {
      const span = document.createElement('span');
      span.id = id;
      span.innerHTML = p.summaryHtml;
      store.append(span);
    }
    for (const link of this.querySelectorAll(`a.term-link[data-term="${p.slug}"]`)) link.setAttribute('aria-describedby', id);
  }

  /** Stack index of the card containing `node`, or -1 on the page itself. */
  #levelOf(node: Element): number {
    const card = node.closest('.term-preview');
    return card ? this.#stack.findIndex((o) => o.card === card) : -1;
  }

  async #open(link: HTMLAnchorElement, pinned: boolean) {
    const stack = this.#stack;
    const slug = link.dataset['term']!;
    const parent = this.#levelOf(link);
    if (stack[parent + 1]?.link === link) return;
    // The same term is never stacked twice: its card is already open below.
    if (stack.slice(0, parent + 1).some((o) => o.slug === slug)) return;
    const data = await this.#load(slug);
    if (!data || !link.isConnected || (parent >= 0 && !stack[parent])) return;
    this.#closeFrom(parent + 1);
    const card = buildCard(data);
    this.append(card);
    if (ANCHORED) {
      const name = `--term-preview-${stack.length}`;
      link.style.setProperty('anchor-name', name);
      card.style.setProperty('position-anchor', name);
      card.classList.add('is-anchored');
    }
    // `source` ties the card to its link for the browser (focus order, anchoring) where supported.
    (card.showPopover as (options?: { source?: HTMLElement }) => void)({ source: link });
    if (!ANCHORED) place(link, card);
    if (pinned) {
      link.setAttribute('aria-expanded', 'true');
      if (!this.#historyEntry) {
        history.pushState({ termPreview: true }, '');
        this.#historyEntry = true;
      }
    }
    stack.push({ slug, link, card, pinned });
  }

  /** Closes the cards from `level` up; closing the last tapped card drops its history entry. */
  #closeFrom(level: number) {
    while (this.#stack.length > Math.max(level, 0)) {
      const { card, link } = this.#stack.pop()!;
      card.remove();
      link.removeAttribute('aria-expanded');
      link.style.removeProperty('anchor-name');
    }
    if (!this.#stack.length && this.#historyEntry) {
      this.#historyEntry = false;
      if (history.state?.termPreview) {
        this.#ownBack = true;
        history.back();
      }
    }
  }

  /** Keeps every card that is pinned, hovered or holds focus (and its parents); closes the rest. */
  #settle() {
    let keep = -1;
    const active = document.activeElement;
    this.#stack.forEach((o, i) => {
      if (o.pinned || o.card.matches(':hover') || o.link.matches(':hover') || o.card.contains(active) || o.link === active) keep = i;
    });
    this.#closeFrom(keep + 1);
  }

  /** Focusable elements in the same layer as `el` (this element's page part, or one card), in tab order. */
  #focusablesBeside(el: Element): HTMLElement[] {
    const layer = el.closest('.term-preview');
    return [...(layer ?? this).querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (x) => x.closest('.term-preview') === layer && x.getClientRects().length > 0,
    );
  }

  /** Tab moves from a link into its open card, and out of the card to what follows the link. */
  #onTab(e: KeyboardEvent) {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return;
    const fromLink = this.#stack.find((o) => o.link === active);
    if (fromLink && !e.shiftKey) {
      this.#focusablesBeside(fromLink.card.lastElementChild!)[0]?.focus();
      e.preventDefault();
      return;
    }
    const here = this.#stack.find((o) => o.card === active.closest('.term-preview'));
    if (!here) return;
    const inCard = this.#focusablesBeside(active);
    if (active !== (e.shiftKey ? inCard[0] : inCard.at(-1))) return;
    e.preventDefault();
    if (e.shiftKey) return here.link.focus();
    const after = this.#focusablesBeside(here.link);
    (after[after.indexOf(here.link) + 1] ?? here.link).focus();
  }

  /** Escape closes the topmost card, giving focus back to its link if the card had it. */
  #closeTop(e: KeyboardEvent) {
    const top = this.#stack.at(-1)!;
    const hadFocus = top.card.contains(document.activeElement) || top.link === document.activeElement;
    top.pinned = false;
    this.#closeFrom(this.#stack.length - 1);
    if (hadFocus) {
      // Returning focus to the link must not reopen the card it just closed.
      top.link.dataset['suppress'] = '1';
      top.link.focus();
      delete top.link.dataset['suppress'];
    }
    e.preventDefault();
  }

  #onPointerDown = (e: PointerEvent) => {
    this.#pointerType = e.pointerType;
    if (e.target instanceof Element && !e.target.closest('.term-preview') && !termLink(e.target)) this.#closeFrom(0);
  };

  #onPointerOver = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || !previewsEnabled()) return;
    const link = termLink(e.target);
    if (link || (e.target instanceof Element && e.target.closest('.term-preview'))) clearTimeout(this.#closeTimer);
    if (!link) return;
    clearTimeout(this.#openTimer);
    // Start fetching now, so a card not shipped with the page is ready when the delay ends.
    void this.#load(link.dataset['term']!);
    // Moving from one open preview to the next feels instant; a first preview waits for intent.
    this.#openTimer = setTimeout(() => void this.#open(link, false), this.#stack.length ? 0 : OPEN_DELAY);
  };

  #onPointerOut = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    if (termLink(e.target)) clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    if (this.#stack.length) this.#closeTimer = setTimeout(() => this.#settle(), CLOSE_DELAY);
  };

  #onFocusIn = (e: FocusEvent) => {
    const link = termLink(e.target);
    if (!link) return;
    void this.#load(link.dataset['term']!);
    if (previewsEnabled() && !link.dataset['suppress'] && link.matches(':focus-visible')) void this.#open(link, false);
  };

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') this.#onTab(e);
    else if (e.key === 'Escape' && this.#stack.length) this.#closeTop(e);
  };

  #onClick = (e: MouseEvent) => {
    const link = termLink(e.target);
    if (!link || this.#pointerType === 'mouse' || !previewsEnabled()) return;
    // A tap opens the card instead of navigating; its "Open glossary term" link navigates.
    e.preventDefault();
    const level = this.#levelOf(link);
    if (this.#stack[level + 1]?.link === link) this.#closeFrom(level + 1);
    else void this.#open(link, true);
  };

  #onPopState = () => {
    if (this.#ownBack) {
      this.#ownBack = false;
      return;
    }
    this.#historyEntry = false;
    this.#closeFrom(0);
  };
}

const termLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(LINK) : null);

customElements.define('term-previews', TermPreviews);

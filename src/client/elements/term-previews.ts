/**
 * Term preview cards: hover (with intent delay), keyboard focus and tap open a non-modal popover
 * for a term link; links inside a card open nested cards. WCAG 1.4.13: cards can be dismissed
 * (Escape), hovered (grace period across the gap) and persist until the reader leaves them.
 * The links stay ordinary links: with previews off or without JavaScript they simply navigate.
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

/** Focusable elements in the same layer as `el` (the page, or one card), in tab order. */
function focusablesBeside(el: Element): HTMLElement[] {
  const layer = el.closest('.term-preview');
  return [...(layer ?? document).querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (x) => x.closest('.term-preview') === layer && x.getClientRects().length > 0,
  );
}

export function previewsEnabled(): boolean {
  try {
    return localStorage.getItem(SETTING) !== 'off';
  } catch {
    return true;
  }
}

export function setPreviewsEnabled(on: boolean): void {
  try {
    if (on) localStorage.removeItem(SETTING);
    else localStorage.setItem(SETTING, 'off');
  } catch {
    /* Storage blocked: the setting lasts for this page. */
  }
  document.documentElement.dataset['previews'] = on ? 'on' : 'off';
}

function fromPage(): Map<string, Promise<Preview | undefined>> {
  const cache = new Map<string, Promise<Preview | undefined>>();
  for (const el of document.querySelectorAll<HTMLElement>('[data-preview]')) {
    const { preview: slug = '', title = '', category = '', plain = '' } = el.dataset;
    const summaryHtml = el.firstElementChild?.innerHTML ?? '';
    cache.set(slug, Promise.resolve({ slug, title, category, href: `/glossary/${slug}/`, summaryHtml, plainEnglish: plain }));
  }
  return cache;
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

/** CSS anchor positioning: the browser keeps the card by its link, flipping it to stay on screen. */
const ANCHORED = typeof CSS !== 'undefined' && CSS.supports('anchor-name: --a') && CSS.supports('position-area: block-end');

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

/** Makes the term's summary the accessible description of every link to it on the page. */
function describe(p: Preview): void {
  const store = document.getElementById('term-previews');
  const id = `term-desc-${p.slug}`;
  if (store && !document.getElementById(id)) {
    const span = document.createElement('span');
    span.id = id;
    span.innerHTML = p.summaryHtml;
    store.append(span);
  }
  for (const link of document.querySelectorAll(`a.term-link[data-term="${p.slug}"]`)) link.setAttribute('aria-describedby', id);
}

export function initTermPreviews(): void {
  const cache = fromPage();
  for (const entry of cache.values()) void entry.then((p) => p && describe(p));
  const stack: Open[] = [];
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pointerType = 'mouse';
  let historyEntry = false;
  /** Our own history.back() after closing a tapped card: its popstate must not close a newer card. */
  let ownBack = false;

  const load = (slug: string) => {
    if (!cache.has(slug)) {
      cache.set(
        slug,
        fetch(`/previews/${slug}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<Preview>) : undefined))
          .then((p) => (p && describe(p), p))
          .catch(() => undefined),
      );
    }
    return cache.get(slug)!;
  };

  /** Stack index of the card containing `node`, or -1 on the page itself. */
  const levelOf = (node: Element) => {
    const card = node.closest('.term-preview');
    return card ? stack.findIndex((o) => o.card === card) : -1;
  };

  const closeFrom = (level: number) => {
    while (stack.length > Math.max(level, 0)) {
      const { card, link } = stack.pop()!;
      card.remove();
      link.removeAttribute('aria-expanded');
      link.style.removeProperty('anchor-name');
    }
    if (!stack.length && historyEntry) {
      historyEntry = false;
      if (history.state?.termPreview) {
        ownBack = true;
        history.back();
      }
    }
  };

  /** Keep every card that is pinned, hovered or holds focus (and its parents); close the rest. */
  const settle = () => {
    let keep = -1;
    stack.forEach((o, i) => {
      const active = document.activeElement;
      if (o.pinned || o.card.matches(':hover') || o.link.matches(':hover') || o.card.contains(active) || o.link === active) keep = i;
    });
    closeFrom(keep + 1);
  };

  const open = async (link: HTMLAnchorElement, pinned: boolean) => {
    const slug = link.dataset['term']!;
    const parent = levelOf(link);
    if (stack[parent + 1]?.link === link) return;
    // The same term is never stacked twice: its card is already open below.
    if (stack.slice(0, parent + 1).some((o) => o.slug === slug)) return;
    const data = await load(slug);
    if (!data || !link.isConnected || (parent >= 0 && !stack[parent])) return;
    closeFrom(parent + 1);
    const card = buildCard(data);
    document.body.append(card);
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
      if (!historyEntry) {
        history.pushState({ termPreview: true }, '');
        historyEntry = true;
      }
    }
    stack.push({ slug, link, card, pinned });
  };

  const termLink = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>(LINK) : null;

  document.addEventListener('pointerdown', (e) => {
    pointerType = e.pointerType;
    if (e.target instanceof Element && !e.target.closest('.term-preview') && !termLink(e.target)) closeFrom(0);
  });

  document.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse' || !previewsEnabled()) return;
    const link = termLink(e.target);
    if (link || (e.target instanceof Element && e.target.closest('.term-preview'))) clearTimeout(closeTimer);
    if (!link) return;
    clearTimeout(openTimer);
    // Start fetching now, so a card not shipped with the page is ready when the delay ends.
    void load(link.dataset['term']!);
    // Moving from one open preview to the next feels instant; a first preview waits for intent.
    openTimer = window.setTimeout(() => void open(link, false), stack.length ? 0 : OPEN_DELAY);
  });

  document.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse') return;
    if (termLink(e.target)) clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (stack.length) closeTimer = window.setTimeout(settle, CLOSE_DELAY);
  });

  document.addEventListener('focusin', (e) => {
    const link = termLink(e.target);
    if (!link) return;
    void load(link.dataset['term']!);
    if (previewsEnabled() && !link.dataset['suppress'] && link.matches(':focus-visible')) void open(link, false);
  });

  document.addEventListener('focusout', () => {
    // Let focus land first, then close what it left.
    if (stack.length) setTimeout(settle);
  });

  /** Tab moves from a link into its open card, and out of the card to what follows the link. */
  const onTab = (e: KeyboardEvent) => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return;
    const fromLink = stack.find((o) => o.link === active);
    if (fromLink && !e.shiftKey) {
      focusablesBeside(fromLink.card.lastElementChild!)[0]?.focus();
      e.preventDefault();
      return;
    }
    const here = stack.find((o) => o.card === active.closest('.term-preview'));
    if (!here) return;
    const inCard = focusablesBeside(active);
    const edge = e.shiftKey ? inCard[0] : inCard.at(-1);
    if (active !== edge) return;
    e.preventDefault();
    if (e.shiftKey) return here.link.focus();
    const after = focusablesBeside(here.link);
    (after[after.indexOf(here.link) + 1] ?? here.link).focus();
  };

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') return onTab(e);
    if (e.key !== 'Escape' || !stack.length) return;
    const top = stack.at(-1)!;
    const hadFocus = top.card.contains(document.activeElement) || top.link === document.activeElement;
    top.pinned = false;
    closeFrom(stack.length - 1);
    if (hadFocus) {
      // Returning focus to the link must not reopen the card it just closed.
      top.link.dataset['suppress'] = '1';
      top.link.focus();
      delete top.link.dataset['suppress'];
    }
    e.preventDefault();
  });

  document.addEventListener('click', (e) => {
    const link = termLink(e.target);
    if (!link || pointerType === 'mouse' || !previewsEnabled()) return;
    // A tap opens the card instead of navigating; its "Open glossary term" link navigates.
    e.preventDefault();
    const level = levelOf(link);
    if (stack[level + 1]?.link === link) closeFrom(level + 1);
    else void open(link, true);
  });

  addEventListener('popstate', () => {
    if (ownBack) {
      ownBack = false;
      return;
    }
    historyEntry = false;
    closeFrom(0);
  });

  if (!ANCHORED) {
    const reposition = () => stack.forEach((o) => place(o.link, o.card));
    addEventListener('scroll', reposition, { passive: true });
    addEventListener('resize', reposition, { passive: true });
  }

  // Reader setting: previews on or off, remembered across pages and visits.
  document.documentElement.dataset['previews'] = previewsEnabled() ? 'on' : 'off';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-previews-toggle]')) {
    const show = () => button.setAttribute('aria-pressed', String(previewsEnabled()));
    show();
    button.addEventListener('click', () => {
      setPreviewsEnabled(!previewsEnabled());
      closeFrom(0);
      show();
    });
  }
}

/**
 * The link card's design: a tree of boxes and text that the renderer (Takumi) turns into a
 * 1200×630 PNG. Pure data, so it is built wherever the inputs are and tested without
 * rendering. It follows the site's light theme: its background, text and accent colours, the
 * category chips, and the plain-English line in the highlighted box a term page shows it in.
 * Text is large because cards are mostly seen small: a chat preview shows them 300–500 px wide.
 */
import { normaliseCard, OG_IMAGE_SIZE, type OgCard, type OgCardInput } from './og-card';

/** A node of the card's tree: the shape of a React element, without React (og-render.ts hands it to Takumi). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

/** The light theme's tokens (`:root` in src/styles/global.css), as the card uses them. */
export const CARD_COLOURS = {
  bg: '#fbfaf7',
  text: '#1c1b19',
  muted: '#57534c',
  border: '#dcd8cf',
  accent: '#0b5cad',
  accentText: '#ffffff',
  accentSoft: '#e3eefa',
  highlight: '#fff4d6',
  highlightBorder: '#d6a419',
} as const;

/** The font family the renderer registers (Inter, in the weights below). */
export const CARD_FONT = 'Inter';
export const CARD_FONT_WEIGHTS = [500, 700] as const;

const PAD_X = 72;
const PAD_TOP = 52;
const PAD_BOTTOM = 40;
/** The accent bar along the card's foot. */
const BAR = 14;
const HIGHLIGHT_EDGE = 8;
const MAX_CHIPS = 2;

const box = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * Text that stops after `lines` lines with an ellipsis, and breaks a word longer than a line, so
 * no input can overflow the card (nor leave the content area, which the renderer relies on).
 */
const clamped = (text: string, lines: number, style: CardNode['props']['style']) =>
  box({ display: 'block', lineClamp: lines, wordBreak: 'break-word', ...style }, text);

/** The headline's size: as large as its length allows within two lines. */
export function titleSize(title: string): number {
  if (title.length <= 16) return 96;
  if (title.length <= 26) return 84;
  if (title.length <= 38) return 72;
  return 62;
}

/** Chips for the first categories, and "+N" for the rest. */
function chips(categories: readonly string[]): CardNode[] {
  const shown = categories.slice(0, MAX_CHIPS);
  const more = categories.length - shown.length;
  // One line each, shrinking with an ellipsis when the row is too narrow, so chips never wrap
  // or run off the card; the count stays whole.
  const chip = (text: string, flexShrink: number) =>
    box(
      { display: 'block', lineClamp: 1, wordBreak: 'break-all', flexShrink, padding: '6px 20px', borderRadius: 999, background: CARD_COLOURS.accentSoft, color: CARD_COLOURS.accent, fontSize: 28, fontWeight: 700 },
      text,
    );
  return [...shown.map((text) => chip(text, 1)), ...(more > 0 ? [chip(`+${more}`, 0)] : [])];
}

/** The line's size: a little smaller when a long title and a long line share the card. */
export const lineSize = (title: string, line: string) => (title.length > 26 && line.length > 110 ? 35 : 38);

function line(text: string, style: 'highlight' | 'plain', fontSize: number): CardNode {
  if (style === 'plain') return clamped(text, 3, { marginTop: 28, fontSize, fontWeight: 500, lineHeight: 1.3, color: CARD_COLOURS.muted });
  // The left edge is a box of its own rather than a border, so the rounded corners stay on the
  // right only, as on a term page.
  return box({ display: 'flex', marginTop: 32, background: CARD_COLOURS.highlight, borderRadius: '0 14px 14px 0' }, [
    box({ display: 'flex', width: HIGHLIGHT_EDGE, flexShrink: 0, background: CARD_COLOURS.highlightBorder }),
    box({ display: 'flex', padding: '20px 28px' }, clamped(text, 3, { fontSize, fontWeight: 500, lineHeight: 1.3, color: CARD_COLOURS.text })),
  ]);
}

/** The logo's size, which is also the header's height. */
const LOGO = 56;

/** Brand and kind: the same on every card of a kind. */
function cardHeader(kind: string, siteName: string): CardNode {
  return box({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: LOGO, flexShrink: 0 }, [
    box({ display: 'flex', alignItems: 'center' }, [
      box(
        { display: 'flex', alignItems: 'center', justifyContent: 'center', width: LOGO, height: LOGO, borderRadius: 12, background: CARD_COLOURS.accent, color: CARD_COLOURS.accentText, fontSize: 26, fontWeight: 700 },
        'Lx',
      ),
      box({ display: 'flex', marginLeft: 18, fontSize: 34, fontWeight: 700, color: CARD_COLOURS.text }, siteName),
    ]),
    box({ display: 'flex', fontSize: 28, fontWeight: 700, color: CARD_COLOURS.muted, textTransform: 'uppercase', letterSpacing: 2 }, kind),
  ]);
}

/** What differs from card to card: chips, title and line, and the meta line (if any) at the foot. */
function cardContent(card: OgCard): CardNode[] {
  // The body takes the height between header and footer and centres itself in it, so a short
  // card does not leave one big gap and a long one still keeps clear of the header.
  const body = box({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '24px 0' }, [
    ...(card.categories.length ? [box({ display: 'flex', gap: 14, marginBottom: 22 }, chips(card.categories))] : []),
    clamped(card.title, 2, { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.08, letterSpacing: -1, color: CARD_COLOURS.text }),
    ...(card.line ? [line(card.line, card.lineStyle, lineSize(card.title, card.line))] : []),
  ]);
  const footer = card.meta ? [box({ display: 'flex', fontSize: 28, fontWeight: 500, color: CARD_COLOURS.muted }, card.meta)] : [];
  return [body, ...footer];
}

/** The card for a page: brand and kind on top, chips, title and line, the meta line (if any) at the foot. */
export function cardTree(input: OgCardInput, siteName: string): CardNode {
  const card = normaliseCard(input);
  return cardRoot([cardHeader(card.kind, siteName), ...cardContent(card)]);
}

// The accent bar is a box of its own, not a border of the card, so it sits below the padding.
function cardRoot(content: CardNode[]): CardNode {
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: OG_IMAGE_SIZE.width,
      height: OG_IMAGE_SIZE.height,
      background: CARD_COLOURS.bg,
      fontFamily: CARD_FONT,
    },
    [
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px` }, content),
      box({ display: 'flex', height: BAR, flexShrink: 0, background: CARD_COLOURS.accent }),
    ],
  );
}

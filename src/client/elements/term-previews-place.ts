/**
 * Where a preview card goes, as pure geometry on viewport coordinates (the card is position: fixed).
 * A first card sits by its link; a nested card sits beside its parent card, or above or below it,
 * so the parent's text stays readable while the child is open.
 */
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when the card must scroll inside to fit the room it has. */
  maxHeight?: number;
}

/** Space kept between a card and the viewport's edge. */
export const MARGIN = 8;
/** Space between a card and what it is placed against. */
export const GAP = 6;
/** The least height worth giving a card; below this it is too small to read. */
export const MIN_HEIGHT = 80;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/** Left edge that keeps a card of `width` inside the viewport, as near `left` as it can. */
const inside = (left: number, width: number, viewport: Size) => clamp(left, MARGIN, viewport.width - width - MARGIN);

/**
 * Above or below `box`: where the card fits, preferring below; otherwise the roomier side, the card
 * scrolling inside.
 */
function aboveOrBelow(box: Box, card: Size, viewport: Size, left: number): Placement {
  const below = viewport.height - box.bottom - GAP - MARGIN;
  const above = box.top - GAP - MARGIN;
  const under = card.height <= below || (card.height > above && below >= above);
  const room = under ? below : above;
  const height = Math.min(card.height, Math.max(room, MIN_HEIGHT));
  return {
    top: under ? box.bottom + GAP : box.top - GAP - height,
    left: inside(left, card.width, viewport),
    ...(height < card.height ? { maxHeight: height } : {}),
  };
}

/** A first card: under the first line of its link, or over it when there is more room there. */
export function byLink(line: Box, card: Size, viewport: Size): Placement {
  return aboveOrBelow(line, card, viewport, line.left);
}

/**
 * A nested card: to the right of its parent card, else to the left, level with its link; where the
 * viewport is too narrow for two cards side by side (phones), above or below the parent instead.
 */
export function besideParent(parent: Box, link: Box, card: Size, viewport: Size): Placement {
  const fitsRight = parent.right + GAP + card.width <= viewport.width - MARGIN;
  const fitsLeft = parent.left - GAP - card.width >= MARGIN;
  if (fitsRight || fitsLeft) {
    const height = Math.min(card.height, viewport.height - 2 * MARGIN);
    return {
      top: clamp(link.top, MARGIN, viewport.height - MARGIN - height),
      left: fitsRight ? parent.right + GAP : parent.left - GAP - card.width,
      ...(height < card.height ? { maxHeight: height } : {}),
    };
  }
  return aboveOrBelow(parent, card, viewport, parent.left);
}

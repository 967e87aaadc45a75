import { describe, expect, it } from 'vitest';
import { besideParent, byLink, GAP, MARGIN } from '../../src/client/elements/term-previews-place';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });
const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };
const card = { width: 352, height: 260 };

describe('a first card', () => {
  it('sits under the first line of its link when it fits', () => {
    expect(byLink(box(100, 200, 80, 20), card, desktop)).toEqual({ top: 220 + GAP, left: 100 });
  });

  it('goes over the link when there is more room there, and stays inside the viewport sideways', () => {
    expect(byLink(box(1300, 800, 60, 20), card, desktop)).toEqual({ top: 800 - GAP - 260, left: 1366 - 352 - MARGIN });
  });
});

describe('a nested card', () => {
  const parent = box(100, 300, 352, 260);
  const link = box(150, 380, 60, 20);

  it('sits to the right of its parent, level with its link', () => {
    expect(besideParent(parent, link, card, desktop)).toEqual({ top: 380, left: 452 + GAP });
  });

  it('sits to the left when the right has no room', () => {
    expect(besideParent(box(1000, 300, 352, 260), box(1050, 380, 60, 20), card, desktop)).toEqual({ top: 380, left: 1000 - GAP - 352 });
  });

  it('on a phone, goes below or above its parent, never over it', () => {
    const narrow = { width: 374, height: 260 };
    expect(besideParent(box(8, 100, 374, 300), box(40, 150, 60, 20), narrow, phone)).toEqual({ top: 400 + GAP, left: MARGIN });
    expect(besideParent(box(8, 500, 374, 300), box(40, 550, 60, 20), narrow, phone)).toEqual({ top: 500 - GAP - 260, left: MARGIN });
  });

  it('scrolls inside on the roomier side when it fits on neither', () => {
    const tall = { width: 374, height: 400 };
    const placed = besideParent(box(8, 250, 374, 300), box(40, 300, 60, 20), tall, phone);
    const below = 844 - 550 - GAP - MARGIN;
    expect(placed).toEqual({ top: 550 + GAP, left: MARGIN, maxHeight: below });
  });
});

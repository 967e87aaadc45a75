import { describe, expect, it } from 'vitest';
import { CARD_COLOURS, cardTree, lineSize, titleSize, type CardNode } from '../../src/glossary/og-template';

/** The text of a tree, in document order. */
function texts(node: CardNode | string | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

function find(node: CardNode, predicate: (n: CardNode) => boolean): CardNode[] {
  const { children } = node.props;
  const kids = (Array.isArray(children) ? children : [children]).filter((c): c is CardNode => typeof c === 'object');
  return [...(predicate(node) ? [node] : []), ...kids.flatMap((c) => find(c, predicate))];
}

describe('card template', () => {
  it('shows brand, kind, chips, title and line in reading order', () => {
    const tree = cardTree({ kind: 'Glossary term', title: 'Session', categories: ['Analytics', 'UX'], line: 'One visit.', lineStyle: 'highlight' }, 'Lexicon');
    expect(texts(tree)).toEqual(['Lx', 'Lexicon', 'Glossary term', 'Analytics', 'UX', 'Session', 'One visit.']);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, boxSizing: 'border-box', background: CARD_COLOURS.bg });
  });

  it('shows two category chips and counts the rest', () => {
    const tree = cardTree({ kind: 'Glossary term', title: 'T', categories: ['A', 'B', 'C', 'D'], line: 'L' }, 'Lexicon');
    expect(texts(tree)).toEqual(['Lx', 'Lexicon', 'Glossary term', 'A', 'B', '+2', 'T', 'L']);
  });

  it('puts the meta line at the foot only when there is one', () => {
    expect(texts(cardTree({ kind: 'Guide', title: 'T', line: 'L', meta: '8 steps' }, 'Lexicon')).at(-1)).toBe('8 steps');
    expect(texts(cardTree({ kind: 'Guide', title: 'T', line: 'L' }, 'Lexicon')).at(-1)).toBe('L');
  });

  it('highlights a plain-English line the way a term page does', () => {
    const tree = cardTree({ kind: 'Glossary term', title: 'T', line: 'L', lineStyle: 'highlight' }, 'Lexicon');
    const [box] = find(tree, (n) => n.props.style['background'] === CARD_COLOURS.highlight);
    const [edge] = find(box!, (n) => n.props.style['background'] === CARD_COLOURS.highlightBorder);
    expect(edge?.props.style).toMatchObject({ width: 8, flexShrink: 0 });
    expect(texts(box)).toEqual(['L']);
    expect(find(cardTree({ kind: 'Guide', title: 'T', line: 'L' }, 'Lexicon'), (n) => n.props.style['background'] === CARD_COLOURS.highlight)).toEqual([]);
  });

  it('clamps title and line so no text can overflow the card', () => {
    const clamps = find(cardTree({ kind: 'Guide', title: 'T', line: 'L' }, 'Lexicon'), (n) => 'lineClamp' in n.props.style).map((n) => [n.props.children, n.props.style['lineClamp']]);
    expect(clamps).toEqual([
      ['T', 2],
      ['L', 3],
    ]);
  });

  it('sizes the title down as it gets longer', () => {
    expect([titleSize('Session'), titleSize('Conversion rate (CR)'), titleSize('Server logs vs tag-based analytics'), titleSize('IAB Transparency and Consent Framework v2')]).toEqual([96, 84, 72, 62]);
    expect(lineSize('Session', 'x'.repeat(200))).toBe(38);
    expect(lineSize('IAB Transparency and Consent Framework', 'x'.repeat(111))).toBe(35);
  });
});

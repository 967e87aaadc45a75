/**
 * Renders a card (src/glossary/og-template.ts) to PNG bytes with Takumi, which lays the tree out,
 * draws it and encodes the PNG in native code (https://takumi.kane.tw/docs/). One renderer per
 * process, with Inter registered once: it keeps each glyph it has drawn, so the letters a card
 * shares with the cards before it cost nothing. Runs in the render processes (og-worker.ts), in a
 * build and in `astro dev`. Node loads this file directly (type stripping), so local imports name
 * their `.ts` files and type imports are `import type`.
 */
import { readFileSync } from 'node:fs';
import { Renderer, type Node as TakumiNode } from '@takumi-rs/core';
import type { CardNode } from '../glossary/og-template.ts';
import { FONT_SUBSETS, fontFamilyFor, fontFile, type RenderSpec } from './og-fingerprint.ts';

/** The template's node (the shape of a React element) as Takumi's: a box of boxes, or a box of text. */
export function takumiNode(node: CardNode): TakumiNode {
  const { style, children } = node.props;
  if (typeof children === 'string') return { type: 'text', text: children, style };
  const kids = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return { type: 'container', style, children: kids.map(takumiNode) };
}

const renderers = new Map<string, Promise<Renderer>>();

/**
 * A renderer with the spec's font: each subset of Inter is a family of its own, latin first, so
 * a character the latin files lack falls back to the latin-ext ones, as `unicode-range` does on
 * the site.
 */
function rendererFor(spec: RenderSpec): Promise<Renderer> {
  const key = `${spec.font.family}|${spec.font.weights.join()}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = (async () => {
      const created = new Renderer();
      for (const subset of FONT_SUBSETS)
        for (const weight of spec.font.weights) await created.registerFont({ name: fontFamilyFor(spec.font.family, subset), data: readFileSync(fontFile(subset, weight)), weight, style: 'normal' });
      return created;
    })();
    renderers.set(key, renderer);
  }
  return renderer;
}

/** The card as PNG bytes. */
export async function renderCard(tree: CardNode, spec: RenderSpec): Promise<Buffer> {
  const renderer = await rendererFor(spec);
  return renderer.render(takumiNode(tree), {
    width: spec.width,
    height: spec.height,
    format: 'png',
    fontFamilies: FONT_SUBSETS.map((subset) => fontFamilyFor(spec.font.family, subset)),
  });
}

/**
 * Renders a card tree (src/glossary/og-template.ts) to PNG bytes: Satori lays it out and turns the
 * text into paths with Inter, resvg rasterises the SVG, and og-png.ts encodes the pixels. Runs in
 * the render workers (og-worker.ts) and, in `astro dev`, in the server itself. Node loads this
 * file directly in a worker (type stripping), so local imports name their `.ts` files and type
 * imports are `import type`.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font, type FontWeight } from 'satori';
import type { CardNode } from '../glossary/og-template.ts';
import { fontFile, PNG_LEVEL, type FontSubset, type RenderSpec } from './og-fingerprint.ts';
import { encodePng } from './og-png.ts';

/**
 * Characters of @fontsource's "latin" subset of Inter (its CSS `unicode-range`). Text with other
 * characters also gets the "latin-ext" files, which cost Satori time on every card, so only cards
 * that need them load them.
 */
const LATIN = /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd]*$/;

const loaded = new Map<string, Font[]>();

/** The font list for a card, read once per process (Satori also caches what it parses per list). */
function fontsFor(spec: RenderSpec['font'], subsets: readonly FontSubset[]): Font[] {
  const key = `${spec.family}|${spec.weights.join()}|${subsets.join()}`;
  let fonts = loaded.get(key);
  if (!fonts) {
    fonts = subsets.flatMap((subset) =>
      spec.weights.map((weight) => ({ name: spec.family, data: readFileSync(fontFile(subset, weight)), weight: weight as FontWeight, style: 'normal' as const })),
    );
    loaded.set(key, fonts);
  }
  return fonts;
}

function texts(node: CardNode | string | undefined, out: string[] = []): string[] {
  if (node === undefined) return out;
  if (typeof node === 'string') out.push(node);
  else {
    const { children } = node.props;
    for (const child of Array.isArray(children) ? children : [children]) texts(child, out);
  }
  return out;
}

export const needsLatinExt = (tree: CardNode) => !texts(tree).every((text) => LATIN.test(text));

export interface RenderTimings {
  layoutMs: number;
  rasterMs: number;
  encodeMs: number;
}

/** The card as PNG bytes, and how long each stage took on this thread. */
export async function renderCard(tree: CardNode, spec: RenderSpec): Promise<{ png: Buffer; timings: RenderTimings }> {
  const fonts = fontsFor(spec.font, needsLatinExt(tree) ? ['latin', 'latin-ext'] : ['latin']);
  const started = performance.now();
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: spec.width, height: spec.height, fonts });
  const laidOut = performance.now();
  // Satori draws text as paths, so resvg needs no fonts: skipping the system font scan saves
  // more than parsing the SVG costs.
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const rastered = performance.now();
  const png = encodePng(pixels, image.width, image.height, PNG_LEVEL);
  return { png, timings: { layoutMs: laidOut - started, rasterMs: rastered - laidOut, encodeMs: performance.now() - rastered } };
}

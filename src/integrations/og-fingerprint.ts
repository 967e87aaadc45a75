/**
 * What decides a card's pixels besides its inputs, in one hash: the renderer packages' versions,
 * the font files' bytes and the PNG settings. It is part of every cache key, so upgrading Satori or
 * resvg, or changing a font, renders every card again. Kept apart from og-render.ts so that a build
 * whose cards are all cached never loads the renderer.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG_DEFLATE } from './og-png.ts';

const require = createRequire(import.meta.url);

export type FontSubset = 'latin' | 'latin-ext';
export const FONT_SUBSETS: readonly FontSubset[] = ['latin', 'latin-ext'];

/** What the renderer needs besides the tree: the canvas size and the font the tree names. */
export interface RenderSpec {
  width: number;
  height: number;
  font: { family: string; weights: readonly number[] };
  /**
   * Where cards of a kind differ (`CARD_CONTENT_AREA`): with it, a card given in layers is drawn
   * as its kind's frame and its content; without it every card is drawn whole.
   */
  contentArea?: { x: number; y: number; width: number; height: number };
}

/** Inter's file for a subset and weight (@fontsource ships WOFF, which Satori reads, beside WOFF2). */
export const fontFile = (subset: FontSubset, weight: number) => require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);

const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

export function rendererFingerprint(spec: RenderSpec): string {
  const hash = createHash('sha256');
  hash.update(`satori ${version('satori')}\nresvg ${version('@resvg/resvg-js')}\npng deflate ${JSON.stringify(PNG_DEFLATE)}\n`);
  for (const subset of FONT_SUBSETS) for (const weight of spec.font.weights) hash.update(readFileSync(fontFile(subset, weight)));
  return hash.digest('hex');
}

/**
 * What decides a card's pixels besides its inputs, in one hash: the renderer's version and the
 * font files' bytes. It is part of every cache key, so upgrading Takumi or changing a font renders
 * every card again. Kept apart from og-render.ts so that a build whose cards are all cached never
 * loads the renderer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export type FontSubset = 'latin' | 'latin-ext';
/** In fallback order: a character the first subset lacks is drawn from the next. */
export const FONT_SUBSETS: readonly FontSubset[] = ['latin', 'latin-ext'];

/** What the renderer needs besides the tree: the canvas size and the font the tree names. */
export interface RenderSpec {
  width: number;
  height: number;
  font: { family: string; weights: readonly number[] };
}

/** Inter's file for a subset and weight (@fontsource's WOFF). */
export const fontFile = (subset: FontSubset, weight: number) => require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);

/** The name a subset is registered under: the tree's family for latin, a family of its own for the rest. */
export const fontFamilyFor = (family: string, subset: FontSubset) => (subset === 'latin' ? family : `${family} ${subset}`);

/** A package's version, from the package.json above its entry point (Takumi exports no `./package.json`). */
function version(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
    if (name === pkg) return version;
  }
  throw new Error(`No package.json found for ${pkg}`);
}

export function rendererFingerprint(spec: RenderSpec): string {
  const hash = createHash('sha256');
  hash.update(`takumi ${version('@takumi-rs/core')}\n`);
  for (const subset of FONT_SUBSETS) for (const weight of spec.font.weights) hash.update(readFileSync(fontFile(subset, weight)));
  return hash.digest('hex');
}

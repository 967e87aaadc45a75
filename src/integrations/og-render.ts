/**
 * Renders a card tree (src/glossary/og-template.ts) to PNG bytes: Satori lays it out and turns the
 * text into paths with Inter, resvg rasterises the SVG, and og-png.ts encodes the pixels. With a
 * frame in the spec, the empty card is rasterised once per thread, and each card only in its
 * content area, pasted over the empty card's pixels (everything around the area is the same on
 * every card): resvg's cost grows with the pixels it fills, text or not. Runs in the render
 * workers (og-worker.ts) and, in `astro dev`, in the server itself. Node loads this file directly
 * in a worker (type stripping), so local imports name their `.ts` files and type imports are
 * `import type`.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font, type FontWeight } from 'satori';
import type { CardNode } from '../glossary/og-template.ts';
import { fontFile, type FontSubset, type RenderSpec } from './og-fingerprint.ts';
import { encodePng } from './og-png.ts';

/**
 * Characters of @fontsource's "latin" subset of Inter (its CSS `unicode-range`). Text with other
 * characters also gets the "latin-ext" files, which cost Satori time on every card, so only cards
 * that need them load them.
 */
const LATIN = /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd]*$/;

const loaded = new Map<string, Font[]>();

/** The font list for a card, read once per process (Satori also caches what it parses per list). */
export function fontsFor(spec: RenderSpec['font'], subsets: readonly FontSubset[]): Font[] {
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

/**
 * Pixels around the content area that anti-aliasing or a glyph's overhang may touch: rasterised
 * with the area, so the frame only supplies pixels no card can change.
 */
const BLEED = 8;

type Area = NonNullable<RenderSpec['frame']>['contentArea'];

/** The content area grown by the bleed, inside the canvas. */
function rasterArea(spec: RenderSpec, { x, y, width, height }: Area): Area {
  const left = Math.max(0, x - BLEED);
  const top = Math.max(0, y - BLEED);
  return { x: left, y: top, width: Math.min(spec.width, x + width + BLEED) - left, height: Math.min(spec.height, y + height + BLEED) - top };
}

export const layout = (tree: CardNode, spec: RenderSpec, fonts: Font[]) =>
  satori(tree as unknown as Parameters<typeof satori>[0], { width: spec.width, height: spec.height, fonts });

// Satori draws text as paths, so resvg needs no fonts: skipping the system font scan saves more
// than parsing the SVG costs.
const rasterise = (svg: string) => new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;

/** The SVG cut to `area`: the same drawing, rasterised only there. */
function cropped(svg: string, spec: RenderSpec, area: Area): string {
  const whole = `<svg width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}"`;
  if (!svg.startsWith(whole)) throw new Error(`Satori's SVG does not start with ${whole}`);
  return `<svg width="${area.width}" height="${area.height}" viewBox="${area.x} ${area.y} ${area.width} ${area.height}"${svg.slice(whole.length)}`;
}

function paste(canvas: Buffer, canvasWidth: number, pixels: Buffer, area: Area) {
  const rowBytes = area.width * 4;
  for (let row = 0; row < area.height; row++) pixels.copy(canvas, ((area.y + row) * canvasWidth + area.x) * 4, row * rowBytes, (row + 1) * rowBytes);
}

/**
 * The empty card, drawn once per spec and thread: its SVG split where a card's content goes (before
 * the last box, the bar), and its RGBA pixels, which every card then overwrites in its area.
 * Pasting and encoding follow each other without an await, so two renders in one thread never
 * mix their pixels.
 */
interface Frame {
  head: string;
  tail: string;
  pixels: Buffer;
}

const frames = new Map<string, Promise<Frame | undefined>>();

async function drawFrame(spec: RenderSpec, fonts: Font[]): Promise<Frame | undefined> {
  const svg = await layout(spec.frame!.tree, spec, fonts);
  const split = svg.lastIndexOf('<mask ');
  return split < 0 ? undefined : { head: svg.slice(0, split), tail: svg.slice(split), pixels: rasterise(svg) };
}

export function frameFor(spec: RenderSpec, fonts: Font[]): Promise<Frame | undefined> {
  const key = JSON.stringify(spec);
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(spec, fonts);
    frames.set(key, frame);
  }
  return frame;
}

/**
 * Whether a card's SVG draws the frame exactly as the empty card does, around its content. Text
 * cannot run sideways out of the content area (the template breaks long words), but a card too
 * tall for it grows the content box and moves the bar; such a card is drawn whole.
 */
export const keepsFrame = (svg: string, frame: Pick<Frame, 'head' | 'tail'>) => svg.startsWith(frame.head) && svg.endsWith(frame.tail);

/** The card as PNG bytes, and how long each stage took on this thread. */
export async function renderCard(tree: CardNode, spec: RenderSpec): Promise<{ png: Buffer; timings: RenderTimings }> {
  const fonts = fontsFor(spec.font, needsLatinExt(tree) ? ['latin', 'latin-ext'] : ['latin']);
  const frame = spec.frame ? await frameFor(spec, fontsFor(spec.font, ['latin'])) : undefined;
  const started = performance.now();
  const svg = await layout(tree, spec, fonts);
  const laidOut = performance.now();
  let canvas: Buffer;
  if (frame && spec.frame && keepsFrame(svg, frame)) {
    const area = rasterArea(spec, spec.frame.contentArea);
    paste(frame.pixels, spec.width, rasterise(cropped(svg, spec, area)), area);
    canvas = frame.pixels;
  } else {
    canvas = rasterise(svg);
  }
  const rastered = performance.now();
  const png = encodePng(canvas, spec.width, spec.height);
  return { png, timings: { layoutMs: laidOut - started, rasterMs: rastered - laidOut, encodeMs: performance.now() - rastered } };
}

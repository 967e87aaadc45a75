/**
 * Renders a card (src/glossary/og-template.ts) to PNG bytes: Satori lays it out and turns the
 * text into paths with Inter, resvg rasterises the SVG, and og-png.ts encodes the pixels. Given
 * the card in layers, the frame of each kind of card is drawn once per thread, and each card's
 * content is laid out alone and rasterised only where it draws, then painted over the frame's
 * pixels in palette form: Satori's time grows with the text it lays out, resvg's with the pixels
 * it fills (text or not), and the encoder's with the pixels it indexes. Runs in the render
 * workers (og-worker.ts), in a build and in `astro dev`. Node loads this file directly
 * in a worker (type stripping), so local imports name their `.ts` files and type imports are
 * `import type`.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font, type FontWeight, type SatoriNode } from 'satori';
import type { CardLayers, CardNode } from '../glossary/og-template.ts';
import { fontFile, type FontSubset, type RenderSpec } from './og-fingerprint.ts';
import { encodeIndexed, encodePng, indexImage, paintIndexed, type Area, type IndexedImage } from './og-png.ts';

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

/** What the renderer draws: the whole card, and the same card as a frame and its content (optional). */
export interface CardDrawing {
  tree: CardNode;
  layers?: CardLayers;
}

export const layout = (tree: CardNode, spec: Pick<RenderSpec, 'width' | 'height'>, fonts: Font[], onNodeDetected?: (node: SatoriNode) => void) =>
  satori(tree as unknown as Parameters<typeof satori>[0], { width: spec.width, height: spec.height, fonts, ...(onNodeDetected ? { onNodeDetected } : {}) });

// Satori draws text as paths, so resvg needs no fonts: skipping the system font scan saves more
// than parsing the SVG costs.
const rasterise = (svg: string) => new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;

/** The SVG (`width`×`height`) cut to `area`: the same drawing, rasterised only there. */
function cropped(svg: string, { width, height }: { width: number; height: number }, area: Area): string {
  const whole = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  if (!svg.startsWith(whole)) throw new Error(`Satori's SVG does not start with ${whole}`);
  return `<svg width="${area.width}" height="${area.height}" viewBox="${area.x} ${area.y} ${area.width} ${area.height}"${svg.slice(whole.length)}`;
}

/**
 * Room around the content area in which text may draw: a glyph reaches past its line box
 * (accents, descenders, overhangs) by a fraction of its size. The content is laid out with this
 * margin on every side, and the frame must show only background there (checked per frame), except
 * above the area, where the header is: nothing may reach up there, or the card is drawn whole.
 */
const MARGIN = 24;
/** How far past its box a line of text may draw, as a share of its font size. */
const TEXT_REACH = 0.25;
/** Anti-aliasing of a box's edges. */
const EDGE = 2;

interface Frame {
  /** The frame's pixels (RGBA) and the same in palette form. */
  rgba: Buffer;
  indexed: IndexedImage | undefined;
  /** Whether the frame is only background where content may draw, so content can be painted over it. */
  clear: boolean;
}

const frames = new Map<string, Promise<Frame>>();

/** Where the content may draw, on the card: the content area and its margin, but not above it. */
function paintable(area: Area): Area {
  return { x: area.x - MARGIN, y: area.y, width: area.width + 2 * MARGIN, height: area.height + MARGIN };
}

/** Whether every pixel of `rgba` in `area` is `colour` (a CSS hex colour). */
function onlyColour(rgba: Uint8Array, canvasWidth: number, area: Area, colour: unknown): boolean {
  const hex = typeof colour === 'string' ? /^#([0-9a-f]{6})$/i.exec(colour)?.[1] : undefined;
  if (!hex) return false;
  const expected = [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16), 255];
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) {
      const at = (y * canvasWidth + x) * 4;
      if (rgba[at] !== expected[0] || rgba[at + 1] !== expected[1] || rgba[at + 2] !== expected[2] || rgba[at + 3] !== expected[3]) return false;
    }
  }
  return true;
}

async function drawFrame(layers: CardLayers, spec: RenderSpec & { contentArea: Area }): Promise<Frame> {
  const fonts = fontsFor(spec.font, needsLatinExt(layers.frame) ? ['latin', 'latin-ext'] : ['latin']);
  const rgba = rasterise(await layout(layers.frame, spec, fonts));
  const window = paintable(spec.contentArea);
  const inside = window.x >= 0 && window.y >= 0 && window.x + window.width <= spec.width && window.y + window.height <= spec.height;
  return { rgba, indexed: indexImage(rgba, spec.width, spec.height), clear: inside && onlyColour(rgba, spec.width, window, layers.content.props.style['background']) };
}

/** The frame of a card, drawn once per frame tree (a kind of card) and thread. */
export function frameFor(layers: CardLayers, spec: RenderSpec & { contentArea: Area }): Promise<Frame> {
  const key = JSON.stringify([layers.frame, layers.content.props.style['background'], spec]);
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(layers, spec);
    frames.set(key, frame);
  }
  return frame;
}

/**
 * Where a laid-out node draws, with the room its edges and glyphs need; undefined for a box that
 * draws nothing over `background` (no text, no paint but that colour).
 */
function reach(node: SatoriNode, background: unknown): Area | undefined {
  const style = (node.props['style'] ?? {}) as Record<string, unknown>;
  const text = node.textContent !== undefined && node.textContent.trim() !== '';
  const painted = Object.entries(style).some(([key, value]) => /^(background|border|boxShadow|outline)/.test(key) && !(key === 'background' && value === background));
  if (!text && !painted) return undefined;
  const fontSize = typeof style['fontSize'] === 'number' ? style['fontSize'] : MARGIN / TEXT_REACH;
  const room = text ? Math.ceil(fontSize * TEXT_REACH) : EDGE;
  return { x: node.left - room, y: node.top - room, width: node.width + 2 * room, height: node.height + 2 * room };
}

function union(a: Area | undefined, b: Area): Area {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

const within = (inner: Area, outer: Area) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/**
 * Draws only the content: lays it out in a canvas of the content area and its margin, rasterises
 * the part its boxes and glyphs reach, and paints that over the frame, as PNG bytes. Undefined when the
 * content does not fit (it would move the frame's parts) or reaches outside where it may draw.
 */
async function drawContent(layers: CardLayers, frame: Frame, spec: RenderSpec & { contentArea: Area }, fonts: Font[]): Promise<{ png: Buffer; laidOut: number; rastered: number } | undefined> {
  const area = spec.contentArea;
  const canvas = { width: area.width + 2 * MARGIN, height: area.height + 2 * MARGIN };
  const background = layers.content.props.style['background'];
  const tree: CardNode = { type: 'div', props: { style: { display: 'flex', padding: MARGIN, background: background ?? 'transparent' }, children: layers.content } };
  // In canvas coordinates: the content area, and where content may draw (`paintable`).
  const content: Area = { x: MARGIN, y: MARGIN, width: area.width, height: area.height };
  const allowed: Area = { x: 0, y: MARGIN, width: canvas.width, height: canvas.height - MARGIN };
  let drawn: Area | undefined;
  let fits = true;
  const svg = await layout(tree, canvas, fonts, (node) => {
    const box = { x: node.left, y: node.top, width: node.width, height: node.height };
    const reached = reach(node, background);
    const isCanvas = box.x === 0 && box.y === 0 && box.width === canvas.width && box.height === canvas.height;
    if (reached ? !within(reached, allowed) : !isCanvas && !within(box, content)) fits = false;
    if (reached) drawn = union(drawn, reached);
  });
  const laidOut = performance.now();
  if (!fits) return undefined;
  if (!drawn) return { png: frame.indexed ? encodeIndexed(frame.indexed) : encodePng(frame.rgba, spec.width, spec.height), laidOut, rastered: laidOut };
  const crop: Area = { x: Math.floor(drawn.x), y: Math.floor(drawn.y), width: 0, height: 0 };
  crop.width = Math.ceil(drawn.x + drawn.width) - crop.x;
  crop.height = Math.ceil(drawn.y + drawn.height) - crop.y;
  const pixels = rasterise(cropped(svg, canvas, crop));
  const rastered = performance.now();
  const onCard: Area = { ...crop, x: area.x - MARGIN + crop.x, y: area.y - MARGIN + crop.y };
  // Painted and encoded without an await in between: the painted rows are a buffer the next
  // card in this thread reuses.
  const painted = frame.indexed && paintIndexed(frame.indexed, pixels, onCard);
  return { png: painted ? encodeIndexed(painted) : encodePng(pasted(frame, spec.width, pixels, onCard), spec.width, spec.height), laidOut, rastered };
}

/** The frame's pixels with `pixels` pasted at `area`: for the rare card past 256 colours. */
function pasted(frame: Frame, width: number, pixels: Buffer, area: Area): Buffer {
  const canvas = Buffer.from(frame.rgba);
  const rowBytes = area.width * 4;
  for (let row = 0; row < area.height; row++) pixels.copy(canvas, ((area.y + row) * width + area.x) * 4, row * rowBytes, (row + 1) * rowBytes);
  return canvas;
}

/**
 * The card as PNG bytes, and how long each stage took on this thread. With layers and a content
 * area in the spec, only the content is laid out and rasterised (a frame is drawn once per kind
 * and thread): Satori's time grows with the text it lays out and resvg's with the pixels it
 * fills, and the frame repeats on every card. Otherwise, or when the content does not fit the
 * frame, the whole card is drawn.
 */
export async function renderCard(drawing: CardDrawing, spec: RenderSpec): Promise<{ png: Buffer; timings: RenderTimings; layered: boolean }> {
  const fonts = fontsFor(spec.font, needsLatinExt(drawing.tree) ? ['latin', 'latin-ext'] : ['latin']);
  const { layers } = drawing;
  const area = spec.contentArea;
  const frame = layers && area ? await frameFor(layers, { ...spec, contentArea: area }) : undefined;
  const started = performance.now();
  const drawn = layers && area && frame?.clear ? await drawContent(layers, frame, { ...spec, contentArea: area }, fonts) : undefined;
  if (drawn) return { png: drawn.png, timings: { layoutMs: drawn.laidOut - started, rasterMs: drawn.rastered - drawn.laidOut, encodeMs: performance.now() - drawn.rastered }, layered: true };
  const wholeStarted = performance.now();
  const svg = await layout(drawing.tree, spec, fonts);
  const laidOut = performance.now();
  const canvas = rasterise(svg);
  const rastered = performance.now();
  const png = encodePng(canvas, spec.width, spec.height);
  return { png, timings: { layoutMs: laidOut - wholeStarted, rasterMs: rastered - laidOut, encodeMs: performance.now() - rastered }, layered: false };
}

/**
 * A PNG encoder for rendered cards. A card is a few flat colours and their anti-aliased edges
 * (well under 256 colours), which an indexed-colour PNG stores in one byte a pixel instead of
 * four: the file is smaller and deflating a quarter of the bytes is much faster than resvg's own
 * RGBA encoder. Images with more colours are stored as RGBA, so any input encodes correctly.
 * Format: https://www.w3.org/TR/png-3/ (IHDR, PLTE, tRNS, IDAT, IEND; filter method 0).
 */
import { constants, crc32, deflateSync, type ZlibOptions } from 'node:zlib';

/**
 * Run-length deflate: a card's rows are long runs of one palette index, which it finds as well as
 * level 3 does in a fraction of the time. https://www.zlib.net/manual.html (Z_RLE)
 */
export const PNG_DEFLATE: ZlibOptions = { strategy: constants.Z_RLE };

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE = { indexed: 3, rgba: 6 } as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function header(width: number, height: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = colourType;
  // compression, filter and interlace methods: 0 (deflate, adaptive filtering, none)
  return chunk('IHDR', data);
}

let spare = new Uint8Array(0);

/**
 * A buffer for the indexed rows, reused from one image to the next: deflate copies what it
 * needs, and a fresh buffer per card is garbage the collector then has to chase.
 */
function scratch(size: number): Uint8Array {
  if (spare.length !== size) spare = new Uint8Array(size);
  return spare;
}

/**
 * An image in palette form, ready to deflate: each row a filter byte (0, none) and one palette
 * index per pixel. `indexOf` finds a colour's index (colours are pixels read as 32-bit words in
 * the machine's byte order; `unpack` turns them back into bytes).
 */
export interface IndexedImage {
  width: number;
  height: number;
  palette: number[];
  indexOf: Map<number, number>;
  rows: Uint8Array;
}

/** The pixels as signed 32-bit words (V8 keeps those as small integers; unsigned ones past 2³¹ become doubles). */
function words(rgba: Uint8Array, count: number): Int32Array {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, count);
}

/**
 * Writes `width`×`height` pixels into `image` from its pixel (x, y) on, adding colours to its
 * palette as they come; false once the palette would pass 256 colours. A row equal to the one
 * above (most of a card: background between lines of text) is copied whole.
 */
function indexInto(image: IndexedImage, rgba: Uint8Array, { x, y, width, height }: Area): boolean {
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
  const pixels = words(rgba, width * height);
  const { palette, indexOf, rows } = image;
  const stride = width * 4;
  const rowBytes = image.width + 1;
  let previous = pixels[0]! ^ 1; // any colour but the first pixel's
  let previousIndex = 0;
  for (let row = 0; row < height; row++) {
    let out = (y + row) * rowBytes + 1 + x; // byte 0 of a row is its filter type: 0, none
    if (row > 0 && bytes.compare(bytes, (row - 1) * stride, row * stride, row * stride, (row + 1) * stride) === 0) {
      rows.copyWithin(out, out - rowBytes, out - rowBytes + width);
      continue;
    }
    for (let at = row * width, end = at + width; at < end; at++, out++) {
      const colour = pixels[at]!;
      if (colour !== previous) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          if (palette.length === 256) return false;
          index = palette.length;
          palette.push(colour);
          indexOf.set(colour, index);
        }
        previous = colour;
        previousIndex = index;
      }
      rows[out] = previousIndex;
    }
  }
  return true;
}

/** The image in palette form, or undefined when it has more than 256 colours. */
export function indexImage(rgba: Uint8Array, width: number, height: number): IndexedImage | undefined {
  const image: IndexedImage = { width, height, palette: [], indexOf: new Map(), rows: new Uint8Array((width + 1) * height) };
  return indexInto(image, rgba, { x: 0, y: 0, width, height }) ? image : undefined;
}

/** A rectangle of an image, in pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * `base` with `pixels` (RGBA, `area.width` × `area.height`) painted over it at `area`: only the
 * area's pixels are looked at. The result's rows are a buffer reused by the next call (encode it
 * before painting again); `base` is left as it was. Undefined past 256 colours.
 */
export function paintIndexed(base: IndexedImage, pixels: Uint8Array, area: Area): IndexedImage | undefined {
  if (pixels.length !== area.width * area.height * 4) throw new Error(`paintIndexed: ${pixels.length} bytes is not ${area.width}×${area.height} RGBA`);
  if (area.x < 0 || area.y < 0 || area.x + area.width > base.width || area.y + area.height > base.height) throw new Error('paintIndexed: the area is outside the image');
  const rows = scratch(base.rows.length);
  rows.set(base.rows);
  const image: IndexedImage = { ...base, palette: [...base.palette], indexOf: new Map(base.indexOf), rows };
  return indexInto(image, pixels, area) ? image : undefined;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The R, G, B and A bytes of a colour read as one 32-bit word. */
function unpack(colour: number): [number, number, number, number] {
  const bytes = [colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff, colour >>> 24] as [number, number, number, number];
  return LITTLE_ENDIAN ? bytes : (bytes.reverse() as [number, number, number, number]);
}

/** An indexed image as PNG bytes. */
export function encodeIndexed({ width, height, palette, rows }: IndexedImage): Buffer {
  const rgb = Buffer.alloc(palette.length * 3);
  const alpha = Buffer.alloc(palette.length);
  palette.forEach((colour, i) => {
    const [r, g, b, a] = unpack(colour);
    rgb.set([r, g, b], i * 3);
    alpha[i] = a;
  });
  const opaque = alpha.every((a) => a === 0xff);
  return Buffer.concat([
    SIGNATURE,
    header(width, height, COLOUR_TYPE.indexed),
    chunk('PLTE', rgb),
    ...(opaque ? [] : [chunk('tRNS', alpha)]),
    chunk('IDAT', deflateSync(rows, PNG_DEFLATE)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function rgbaPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([SIGNATURE, header(width, height, COLOUR_TYPE.rgba), chunk('IDAT', deflateSync(rows, PNG_DEFLATE)), chunk('IEND', new Uint8Array(0))]);
}

/** A PNG of straight (not premultiplied) RGBA pixels, row by row. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
  const indexed = indexImage(rgba, width, height);
  return indexed ? encodeIndexed(indexed) : rgbaPng(rgba, width, height);
}

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
 * Each pixel's palette index, or undefined when the image has more than 256 colours. Colours are
 * read as 32-bit words in the machine's byte order and unpacked the same way (`unpack`). A row
 * equal to the one above (most of a card: background between lines of text) is copied whole.
 */
function indexColours(rgba: Uint8Array, width: number, height: number): { palette: number[]; rows: Uint8Array } | undefined {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const bytes = Buffer.from(aligned.buffer, aligned.byteOffset, width * height * 4);
  // Signed words: V8 keeps them as small integers, where unsigned ones past 2³¹ become doubles.
  const pixels = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  const stride = width * 4;
  const rows = scratch((width + 1) * height);
  const indexOf = new Map<number, number>();
  const palette: number[] = [];
  let previous = pixels[0]! ^ 1; // any colour but the first pixel's
  let previousIndex = 0;
  for (let y = 0; y < height; y++) {
    let out = y * (width + 1) + 1; // byte 0 of a row is its filter type: 0, none
    if (y > 0 && bytes.compare(bytes, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0) {
      rows.copyWithin(out, out - (width + 1), out - 1);
      continue;
    }
    for (let at = y * width, end = at + width; at < end; at++, out++) {
      const colour = pixels[at]!;
      if (colour !== previous) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          if (palette.length === 256) return undefined;
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
  return { palette, rows };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The R, G, B and A bytes of a colour read as one 32-bit word. */
function unpack(colour: number): [number, number, number, number] {
  const bytes = [colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff, colour >>> 24] as [number, number, number, number];
  return LITTLE_ENDIAN ? bytes : (bytes.reverse() as [number, number, number, number]);
}

function indexedPng(width: number, height: number, palette: number[], rows: Uint8Array): Buffer {
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
  const indexed = indexColours(rgba, width, height);
  return indexed ? indexedPng(width, height, indexed.palette, indexed.rows) : rgbaPng(rgba, width, height);
}

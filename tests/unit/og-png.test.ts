import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/integrations/og-png';

interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG, checking the signature and every CRC on the way. */
function chunks(png: Buffer): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** Decodes what encodePng writes (8-bit indexed or RGBA, filter 0) back to RGBA. */
function decode(png: Buffer): { width: number; height: number; rgba: number[] } {
  const all = chunks(png);
  const ihdr = all[0]!;
  expect(ihdr.type).toBe('IHDR');
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const colourType = ihdr.data[9];
  const raw = inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const palette = all.find((c) => c.type === 'PLTE')?.data;
  const alpha = all.find((c) => c.type === 'tRNS')?.data;
  const rgba: number[] = [];
  const stride = colourType === 3 ? width : width * 4;
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (colourType === 6) rgba.push(...row);
    else for (const i of row) rgba.push(palette![i * 3]!, palette![i * 3 + 1]!, palette![i * 3 + 2]!, alpha?.[i] ?? 255);
  }
  return { width, height, rgba };
}

describe('PNG encoder', () => {
  it('stores a few colours as an indexed image that decodes to the same pixels', () => {
    const pixels = [251, 250, 247, 255, 11, 92, 173, 255, 251, 250, 247, 255, 28, 27, 25, 255, 11, 92, 173, 255, 251, 250, 247, 255];
    const png = encodePng(Uint8Array.from(pixels), 3, 2);
    expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([...chunks(png)[0]!.data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]);
    expect(chunks(png)[1]!.data.length).toBe(3 * 3);
    expect(decode(png)).toEqual({ width: 3, height: 2, rgba: pixels });
  });

  it('keeps transparency in a tRNS chunk', () => {
    const pixels = [0, 0, 0, 0, 255, 0, 0, 128];
    const png = encodePng(Uint8Array.from(pixels), 2, 1);
    expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect(decode(png).rgba).toEqual(pixels);
  });

  it('falls back to RGBA past 256 colours', () => {
    const pixels = Array.from({ length: 300 }, (_, i) => [i & 0xff, i >> 8, 7, 255]).flat();
    const png = encodePng(Uint8Array.from(pixels), 20, 15);
    expect(chunks(png)[0]!.data[9]).toBe(6);
    expect(decode(png)).toEqual({ width: 20, height: 15, rgba: pixels });
  });

  it('copies rows equal to the one above and indexes the rows that differ', () => {
    const bg = [251, 250, 247, 255];
    const ink = [28, 27, 25, 255];
    const rows = [
      [bg, bg, bg],
      [bg, bg, bg],
      [bg, ink, bg],
      [bg, ink, bg],
      [ink, bg, bg],
    ];
    const pixels = rows.flat(2);
    const png = encodePng(Uint8Array.from(pixels), 3, 5);
    expect(decode(png)).toEqual({ width: 3, height: 5, rgba: pixels });
    expect(chunks(png)[1]!.data.length).toBe(2 * 3);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const backing = new Uint8Array(9);
    backing.set([1, 2, 3, 255, 4, 5, 6, 255], 1);
    expect(decode(encodePng(backing.subarray(1), 2, 1)).rgba).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('encodePng: 12 bytes is not 2×2 RGBA');
  });
});

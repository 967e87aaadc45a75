/** Reads back the PNGs the card encoder writes (src/integrations/og-png.ts), checking their structure. */
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';

interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG, checking the signature and every CRC on the way. */
export function chunks(png: Buffer): Chunk[] {
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
export function decode(png: Buffer): { width: number; height: number; rgba: number[] } {
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

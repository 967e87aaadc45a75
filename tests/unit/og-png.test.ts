import { describe, expect, it } from 'vitest';
import { encodeIndexed, encodePng, indexImage, paintIndexed } from '../../src/integrations/og-png';
import { chunks, decode } from './png';

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

  it('paints pixels over an indexed image, looking only at their area, and leaves the image as it was', () => {
    const bg = [251, 250, 247, 255];
    const bar = [11, 92, 173, 255];
    const ink = [28, 27, 25, 255];
    const base = [
      [bg, bg, bg, bg],
      [bg, bg, bg, bg],
      [bar, bar, bar, bar],
    ];
    const frame = indexImage(Uint8Array.from(base.flat(2)), 4, 3)!;
    const before = encodeIndexed(frame);
    // Two by two pixels at (1, 0): ink over the background, then a row equal to the one above.
    const painted = paintIndexed(frame, Uint8Array.from([ink, bg, ink, bg].flat()), { x: 1, y: 0, width: 2, height: 2 })!;
    expect(painted.palette).toHaveLength(3);
    expect(decode(encodeIndexed(painted)).rgba).toEqual(
      [
        [bg, ink, bg, bg],
        [bg, ink, bg, bg],
        [bar, bar, bar, bar],
      ].flat(2),
    );
    expect(frame.palette).toHaveLength(2);
    expect(encodeIndexed(frame).equals(before)).toBe(true);
  });

  it('paints nothing past 256 colours, and nothing outside the image', () => {
    const frame = indexImage(new Uint8Array(20 * 15 * 4), 20, 15)!;
    const many = Uint8Array.from(Array.from({ length: 300 }, (_, i) => [i & 0xff, i >> 8, 7, 255]).flat());
    expect(paintIndexed(frame, many, { x: 0, y: 0, width: 20, height: 15 })).toBeUndefined();
    expect(() => paintIndexed(frame, new Uint8Array(4), { x: 20, y: 0, width: 1, height: 1 })).toThrow('paintIndexed: the area is outside the image');
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('encodePng: 12 bytes is not 2×2 RGBA');
  });
});

import { describe, expect, it } from 'vitest';
import { siteIconPixels } from './site-icon-atlas';

const { width, height, data } = siteIconPixels();
const CELLS = { acute: 0, mental_health: 1, ambulance: 2, unknown: 3 } as const;
/** The alpha of a pixel in a sector's 64 × 64 cell. */
const alpha = (sector: keyof typeof CELLS, x: number, y: number) =>
  data[(y * width + CELLS[sector] * 64 + x) * 4 + 3];

describe('the site icon atlas', () => {
  it('is four 64 px cells of white, the shapes in the alpha channel', () => {
    expect([width, height, data.length]).toEqual([256, 64, 256 * 64 * 4]);
    const rgb = data.filter((_, index) => index % 4 !== 3);
    expect(rgb.every((value) => value === 255)).toBe(true);
  });

  it.each([
    // Every shape covers its cell's middle and leaves its corners empty.
    ...(Object.keys(CELLS) as (keyof typeof CELLS)[]).flatMap((sector) => [
      { sector, x: 32, y: 32, covered: true },
      { sector, x: 0, y: 0, covered: false },
      { sector, x: 63, y: 0, covered: false },
    ]),
    // The circle and the diamond leave the corners of a square; the square fills them.
    { sector: 'acute', x: 9, y: 9, covered: false },
    { sector: 'unknown', x: 9, y: 9, covered: false },
    { sector: 'mental_health', x: 9, y: 9, covered: true },
    // The triangle stands on its base: wide at the bottom, a point at the top.
    { sector: 'ambulance', x: 6, y: 59, covered: true },
    { sector: 'ambulance', x: 6, y: 6, covered: false },
    { sector: 'unknown', x: 6, y: 59, covered: false },
    // The circle reaches its cell's edges at the middle of each side.
    { sector: 'acute', x: 32, y: 3, covered: true },
    { sector: 'acute', x: 3, y: 32, covered: true },
  ] as const)('$sector at ($x, $y) covered: $covered', ({ sector, x, y, covered }) => {
    const value = alpha(sector, x, y) ?? -1;
    if (covered) expect(value).toBe(255);
    else expect(value).toBe(0);
  });

  it('smooths the edges: the circle’s rim has partly covered pixels', () => {
    const rim = Array.from({ length: 64 }, (_, x) => alpha('acute', x, 10) ?? 0);
    expect(rim.some((value) => value > 0 && value < 255)).toBe(true);
  });
});

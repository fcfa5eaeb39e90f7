import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** Counts pixels within a Euclidean RGB distance of a colour: robust to anti-aliasing, not to layout. */
export function countPixelsNear(png: Buffer, colour: Rgb, tolerance: number): number {
  const { data } = PNG.sync.read(png);
  let count = 0;
  for (let index = 0; index < data.length; index += 4) {
    const dr = (data[index] ?? 0) - colour[0];
    const dg = (data[index + 1] ?? 0) - colour[1];
    const db = (data[index + 2] ?? 0) - colour[2];
    if (dr * dr + dg * dg + db * db <= tolerance * tolerance) count += 1;
  }
  return count;
}

import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** Counts pixels within a Euclidean RGB distance of a colour: robust to anti-aliasing, not to layout. */
export function countPixelsNear(png: Buffer, colour: Rgb, tolerance: number): number {
  return matchingPixels(png, colour, tolerance).count;
}

function matchingPixels(png: Buffer, colour: Rgb, tolerance: number) {
  const { data, width } = PNG.sync.read(png);
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (let index = 0; index < data.length; index += 4) {
    const dr = (data[index] ?? 0) - colour[0];
    const dg = (data[index + 1] ?? 0) - colour[1];
    const db = (data[index + 2] ?? 0) - colour[2];
    if (dr * dr + dg * dg + db * db <= tolerance * tolerance) {
      const pixel = index / 4;
      sumX += pixel % width;
      sumY += Math.floor(pixel / width);
      count += 1;
    }
  }
  return { count, sumX, sumY };
}

/** Centre of the pixels near a colour, in image coordinates, or null when there are none. */
export function centreOfPixelsNear(
  png: Buffer,
  colour: Rgb,
  tolerance: number,
): { x: number; y: number } | null {
  const { count, sumX, sumY } = matchingPixels(png, colour, tolerance);
  return count === 0 ? null : { x: sumX / count, y: sumY / count };
}

/** The size of a PNG, read from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const { width, height } = PNG.sync.read(png);
  return { width, height };
}

/** A rectangle of a PNG as a PNG of its own, so counts can be made per area (map, legend…). */
export function cropPng(
  png: Buffer,
  rect: { x: number; y: number; width: number; height: number },
): Buffer {
  const source = PNG.sync.read(png);
  const target = new PNG({ width: rect.width, height: rect.height });
  PNG.bitblt(source, target, rect.x, rect.y, rect.width, rect.height, 0, 0);
  return PNG.sync.write(target);
}

/** Pixels more than `tolerance` away from a colour: how much is drawn on a plain background. */
export function countPixelsNotNear(png: Buffer, colour: Rgb, tolerance: number): number {
  const { width, height } = PNG.sync.read(png);
  return width * height - countPixelsNear(png, colour, tolerance);
}

/** Paints rectangles of a PNG transparent black, so their pixels match no colour a test counts. */
export function maskPng(
  png: Buffer,
  rects: readonly { x: number; y: number; width: number; height: number }[],
): Buffer {
  const image = PNG.sync.read(png);
  for (const rect of rects) {
    const left = Math.max(0, Math.floor(rect.x));
    const top = Math.max(0, Math.floor(rect.y));
    const right = Math.min(image.width, Math.ceil(rect.x + rect.width));
    const bottom = Math.min(image.height, Math.ceil(rect.y + rect.height));
    for (let y = top; y < bottom; y += 1) {
      image.data.fill(0, (y * image.width + left) * 4, (y * image.width + right) * 4);
    }
  }
  return PNG.sync.write(image);
}

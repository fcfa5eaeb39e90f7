import type { Bounds } from '../../state/selection-bounds';

/** One image to make: its pixel size, the map extent, and the words printed on it. */
export interface SlideRequest {
  width: number;
  height: number;
  bounds: Bounds;
  title: string;
  caption: string;
  permalink: string;
  filename: string;
}

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** Type scales with the image, but never so small that a projector turns it to mush. */
export function slideScale(width: number): number {
  return Math.max(0.55, Math.min(1, width / SLIDE_SIZE.width));
}

import type { Bounds } from '../../../state/selection-bounds';

/** One image to make: its pixel size, the map extent, and the words printed on it. */
export interface SlideRequest {
  width: number;
  height: number;
  bounds: Bounds;
  title: string;
  caption: string;
  permalink: string;
  filename: string;
  /** Where the organisations and pairings come from, for the footer. */
  dataCredit: string;
}

/** The footer's credit for the built-in data. */
export const BUILTIN_DATA_CREDIT = 'GDE Partnership Atlas, with sources for every row';

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** Type scales with the image, but never so small that a projector turns it to mush. */
export function slideScale(width: number): number {
  return Math.max(0.55, Math.min(1, width / SLIDE_SIZE.width));
}

import { lngLatToWorld } from '@math.gl/web-mercator';

/** Where a label sits around its point: around a marker for names, on the point for distances. */
export type LabelAnchor = 'below' | 'right' | 'above' | 'left' | 'centre';

export interface LabelRequest {
  id: string;
  lon: number;
  lat: number;
  text: string;
  /** Higher is placed first and so wins a collision. */
  priority: number;
  /**
   * Drawn even when it collides, where it covers least (it still keeps lower labels off its
   * space).
   */
  always: boolean;
  /** Gap between the point and the label, clear of the marker drawn there. */
  clearancePx: number;
  /** Positions to try, in order of preference. */
  anchors: readonly LabelAnchor[];
  /** Other points to try, in order, with each anchor before the next (e.g. along a line). */
  alternatives?: readonly { lon: number; lat: number }[];
}

/** Something drawn on the map that labels must not cover: a marker as a square of `radiusPx`. */
export interface Obstacle {
  lon: number;
  lat: number;
  radiusPx: number;
}

export interface PlacedLabel {
  id: string;
  /** The point the label is placed at: the request's, or one of its alternatives. */
  lon: number;
  lat: number;
  anchor: LabelAnchor;
  /** Pixels from the point to the label's anchor point, as deck.gl's pixel offset. */
  offset: [number, number];
}

export interface TextMetrics {
  fontPx: number;
  /** A generous average glyph width: an estimate that errs towards space between labels. */
  charPx: number;
  paddingPx: number;
}

const LABEL_TEXT: TextMetrics = { fontPx: 12, charPx: 7, paddingPx: 3 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CELL_PX = 64;

function labelBox(
  x: number,
  y: number,
  anchor: LabelAnchor,
  width: number,
  height: number,
  gap: number,
): { box: Box; offset: [number, number] } {
  switch (anchor) {
    case 'below':
      return {
        box: { left: x - width / 2, right: x + width / 2, top: y + gap, bottom: y + gap + height },
        offset: [0, gap],
      };
    case 'above':
      return {
        box: { left: x - width / 2, right: x + width / 2, top: y - gap - height, bottom: y - gap },
        offset: [0, -gap],
      };
    case 'right':
      return {
        box: { left: x + gap, right: x + gap + width, top: y - height / 2, bottom: y + height / 2 },
        offset: [gap, 0],
      };
    case 'left':
      return {
        box: { left: x - gap - width, right: x - gap, top: y - height / 2, bottom: y + height / 2 },
        offset: [-gap, 0],
      };
    case 'centre':
      return {
        box: {
          left: x - width / 2,
          right: x + width / 2,
          top: y - height / 2,
          bottom: y + height / 2,
        },
        offset: [0, 0],
      };
  }
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Boxes in world pixels at one zoom, found through a grid so a test costs the boxes nearby only. */
class BoxIndex {
  private cells = new Map<string, Box[]>();

  private *keys(box: Box) {
    for (let cx = Math.floor(box.left / CELL_PX); cx <= Math.floor(box.right / CELL_PX); cx += 1)
      for (let cy = Math.floor(box.top / CELL_PX); cy <= Math.floor(box.bottom / CELL_PX); cy += 1)
        yield `${cx},${cy}`;
  }

  collides(box: Box): boolean {
    for (const key of this.keys(box))
      if ((this.cells.get(key) ?? []).some((other) => overlaps(box, other))) return true;
    return false;
  }

  /** How much of `box` is covered, in square pixels (overlaps of covers counted twice). */
  coveredArea(box: Box): number {
    const near = new Set<Box>();
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? []) near.add(other);
    let area = 0;
    for (const other of near) {
      const width = Math.min(box.right, other.right) - Math.max(box.left, other.left);
      const height = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
      if (width > 0 && height > 0) area += width * height;
    }
    return area;
  }

  add(box: Box) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [box]);
      else cell.push(box);
    }
  }
}

/** The first of the tries that covers least of what is already there. */
function leastCovered<T extends { box: Box }>(tries: readonly T[], index: BoxIndex): T | undefined {
  let best: T | undefined;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const entry of tries) {
    const area = index.coveredArea(entry.box);
    if (area < bestArea) [best, bestArea] = [entry, area];
  }
  return best;
}

function worldPixels(lon: number, lat: number, scale: number): [number, number] {
  const [x, y] = lngLatToWorld([lon, lat]);
  // World y grows northwards; screen y grows southwards, as the boxes assume.
  return [(x ?? 0) * scale, -(y ?? 0) * scale];
}

/**
 * Greedy label placement at one zoom: labels in priority order each take the first of their
 * anchors where they cover no marker and no label placed before them; the rest are left out.
 * `always` labels go first and are drawn even where nothing fits, where they cover least.
 * Positions are world pixels, so the result holds for any pan at this zoom.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  zoom: number,
  metrics: TextMetrics = LABEL_TEXT,
): PlacedLabel[] {
  const scale = 2 ** zoom;
  const index = new BoxIndex();
  for (const { lon, lat, radiusPx } of obstacles) {
    const [x, y] = worldPixels(lon, lat, scale);
    index.add({ left: x - radiusPx, right: x + radiusPx, top: y - radiusPx, bottom: y + radiusPx });
  }
  const ordered = [...requests].sort(
    (a, b) =>
      Number(b.always) - Number(a.always) ||
      b.priority - a.priority ||
      a.text.localeCompare(b.text, 'en-GB') ||
      a.id.localeCompare(b.id),
  );
  const placed: PlacedLabel[] = [];
  const height = metrics.fontPx + 2 * metrics.paddingPx;
  for (const request of ordered) {
    const width = request.text.length * metrics.charPx + 2 * metrics.paddingPx;
    const points = [{ lon: request.lon, lat: request.lat }, ...(request.alternatives ?? [])].map(
      ({ lon, lat }) => ({ lon, lat, at: worldPixels(lon, lat, scale) }),
    );
    // Every point with the first anchor before any with the next: on the line further along is
    // better than beside it at the middle.
    const tries = request.anchors.flatMap((anchor) =>
      points.map(({ lon, lat, at: [x, y] }) => ({
        lon,
        lat,
        anchor,
        ...labelBox(x, y, anchor, width, height, request.clearancePx),
      })),
    );
    const fit =
      tries.find(({ box }) => !index.collides(box)) ??
      (request.always ? leastCovered(tries, index) : undefined);
    if (fit === undefined) continue;
    index.add(fit.box);
    placed.push({
      id: request.id,
      lon: fit.lon,
      lat: fit.lat,
      anchor: fit.anchor,
      offset: fit.offset,
    });
  }
  return placed;
}

import type { IconLayerProps } from '@deck.gl/layers';
import type { Sector } from '../../domain/model';

const CELL = 64;
/** Each shape is drawn this far inside its cell, so its edge is not cut off. */
const INSET = 2;
/** How much of an icon's drawn size a shape fills: an icon 64 px high holds a 60 px circle. */
export const SHAPE_FILL = (CELL - INSET * 2) / CELL;
const SECTOR_ORDER: Sector[] = ['acute', 'mental_health', 'ambulance', 'unknown'];

interface IconMappingEntry {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: boolean;
}

type Point = readonly [number, number];
/** What IconLayer's iconAtlas prop is typed as; the value is an ImageData (see below). */
type IconAtlasImage = NonNullable<IconLayerProps['iconAtlas']>;

const SIZE = CELL - INSET * 2;
const MIDDLE = CELL / 2;
const SQUARE_MARGIN = INSET + SIZE * 0.07;

/** Corners in clockwise order on screen (y down), so each edge's outside is to its left. */
const POLYGONS: Partial<Record<Sector, readonly Point[]>> = {
  mental_health: [
    [SQUARE_MARGIN, SQUARE_MARGIN],
    [CELL - SQUARE_MARGIN, SQUARE_MARGIN],
    [CELL - SQUARE_MARGIN, CELL - SQUARE_MARGIN],
    [SQUARE_MARGIN, CELL - SQUARE_MARGIN],
  ],
  ambulance: [
    [MIDDLE, INSET],
    [CELL - INSET, CELL - INSET],
    [INSET, CELL - INSET],
  ],
  unknown: [
    [MIDDLE, INSET],
    [CELL - INSET, MIDDLE],
    [MIDDLE, CELL - INSET],
    [INSET, MIDDLE],
  ],
};

/** How far a point lies outside a convex polygon's edges, in pixels (negative inside). */
function polygonDistance(corners: readonly Point[], x: number, y: number): number {
  let distance = -Infinity;
  corners.forEach(([x1, y1], index) => {
    const [x2, y2] = corners[(index + 1) % corners.length] ?? corners[0] ?? [x1, y1];
    const length = Math.hypot(x2 - x1, y2 - y1);
    distance = Math.max(distance, ((x - x1) * (y2 - y1) - (y - y1) * (x2 - x1)) / length);
  });
  return distance;
}

/**
 * Shape per sector, so sector stays readable without colour: circle, square, triangle; a
 * diamond where opened data do not give the sector. The distance from the shape's edge gives
 * each pixel's coverage, so edges are smoothed as a canvas would smooth them.
 */
function edgeDistance(sector: Sector, x: number, y: number): number {
  const corners = POLYGONS[sector];
  return corners === undefined
    ? Math.hypot(x - MIDDLE, y - MIDDLE) - SIZE / 2
    : polygonDistance(corners, x, y);
}

/** The atlas's pixels (white, the shape in the alpha channel), one cell per sector in a row. */
export function siteIconPixels() {
  const width = CELL * SECTOR_ORDER.length;
  const data = new Uint8ClampedArray(new ArrayBuffer(width * CELL * 4));
  SECTOR_ORDER.forEach((sector, cell) => {
    for (let y = 0; y < CELL; y += 1) {
      for (let x = 0; x < CELL; x += 1) {
        const coverage = Math.min(1, Math.max(0, 0.5 - edgeDistance(sector, x + 0.5, y + 0.5)));
        const offset = (y * width + cell * CELL + x) * 4;
        data.fill(255, offset, offset + 3);
        data[offset + 3] = Math.round(coverage * 255);
      }
    }
  });
  return { width, height: CELL, data };
}

/**
 * The sector shapes as one mask atlas, computed rather than drawn on a canvas: a page's first
 * 2D canvas cost a quarter of a second before the first map frame, and no image is fetched.
 */
function createSiteIconAtlas(): {
  atlas: IconAtlasImage;
  mapping: Record<Sector, IconMappingEntry>;
} {
  const { width, height, data } = siteIconPixels();
  const mapping = Object.fromEntries(
    SECTOR_ORDER.map((sector, index) => [
      sector,
      { x: index * CELL, y: 0, width: CELL, height: CELL, mask: true },
    ]),
  ) as Record<Sector, IconMappingEntry>;
  // deck.gl documents any WebGL pixel source as an icon atlas, and makes its texture from the
  // pixels as they are; its type names only a URL or a texture, hence the one cast.
  return { atlas: new ImageData(data, width, height) as unknown as IconAtlasImage, mapping };
}

export type SiteIconAtlas = ReturnType<typeof createSiteIconAtlas>;

// One atlas for every map, so a re-render hands deck.gl the same pixels and uploads no new
// texture. Each map (the page's, an exported slide's) makes its own texture from them.
let shared: SiteIconAtlas | null = null;
export function sharedSiteIconAtlas(): SiteIconAtlas {
  shared ??= createSiteIconAtlas();
  return shared;
}

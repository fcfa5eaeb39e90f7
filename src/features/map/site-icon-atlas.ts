import type { Sector } from '../../domain/model';

const CELL = 64;
/** Each shape is drawn this far inside its cell, so its edge is not cut off. */
const INSET = 2;
/** How much of an icon's drawn size a shape fills: an icon 64 px high holds a 60 px circle. */
export const SHAPE_FILL = (CELL - INSET * 2) / CELL;
const SECTOR_ORDER: Sector[] = ['acute', 'mental_health', 'ambulance', 'unknown'];

export interface IconMappingEntry {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: boolean;
}

/** Shape per sector, so sector stays readable without colour: circle, square, triangle; a
 * diamond where opened data do not give the sector. */
function tracePath(context: CanvasRenderingContext2D, sector: Sector, inset: number): void {
  const size = CELL - inset * 2;
  context.beginPath();
  if (sector === 'acute') {
    context.arc(CELL / 2, CELL / 2, size / 2, 0, Math.PI * 2);
  } else if (sector === 'mental_health') {
    context.rect(inset + size * 0.07, inset + size * 0.07, size * 0.86, size * 0.86);
  } else if (sector === 'unknown') {
    context.moveTo(CELL / 2, inset);
    context.lineTo(CELL - inset, CELL / 2);
    context.lineTo(CELL / 2, CELL - inset);
    context.lineTo(inset, CELL / 2);
    context.closePath();
  } else {
    context.moveTo(CELL / 2, inset);
    context.lineTo(CELL - inset, CELL - inset);
    context.lineTo(inset, CELL - inset);
    context.closePath();
  }
}

/** Draws the sector shapes into one mask atlas at run time, so no image file is fetched. */
export function createSiteIconAtlas(): {
  /** A PNG data URL: deck.gl loads it like any image, with no request leaving the page. */
  atlas: string;
  mapping: Record<Sector, IconMappingEntry>;
} {
  const atlas = document.createElement('canvas');
  atlas.width = CELL * SECTOR_ORDER.length;
  atlas.height = CELL;
  const context = atlas.getContext('2d');
  const mapping = {} as Record<Sector, IconMappingEntry>;
  SECTOR_ORDER.forEach((sector, index) => {
    if (context !== null) {
      context.save();
      context.translate(index * CELL, 0);
      context.fillStyle = '#fff';
      tracePath(context, sector, INSET);
      context.fill();
      context.restore();
    }
    mapping[sector] = { x: index * CELL, y: 0, width: CELL, height: CELL, mask: true };
  });
  return { atlas: atlas.toDataURL('image/png'), mapping };
}

export type SiteIconAtlas = ReturnType<typeof createSiteIconAtlas>;

// One atlas for the on-screen map, so a re-render does not upload a new texture. deck.gl keeps
// the texture with the image, so another map (an exported image) needs an atlas of its own.
let shared: SiteIconAtlas | null = null;
export function sharedSiteIconAtlas(): SiteIconAtlas {
  shared ??= createSiteIconAtlas();
  return shared;
}

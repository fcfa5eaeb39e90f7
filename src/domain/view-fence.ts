/** [west, south, east, north] in degrees. */
export type Fence = [number, number, number, number];

// MapLibre keeps the whole viewport inside the fence, and the default view of England on a wide
// screen, shifted for the side panel, spans some 25° of longitude: the margins leave room for it.
const MIN_LON_MARGIN = 16;
const MIN_LAT_MARGIN = 10;
// Web Mercator cannot show the poles; MapLibre stops near here.
const MAX_LATITUDE = 85;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The sites' extent, or null when there are none. */
export function dataExtent(points: readonly { lon: number; lat: number }[]): Fence | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * How far the map may be panned: the sites' extent with a wide margin (at least 16° of longitude
 * and 10° of latitude, or half the extent), so panels beside the map never trap a site under
 * them, yet nobody gets lost at sea.
 */
export function viewFence([west, south, east, north]: Fence): Fence {
  const lonMargin = Math.max(MIN_LON_MARGIN, (east - west) / 2);
  const latMargin = Math.max(MIN_LAT_MARGIN, (north - south) / 2);
  return [
    clamp(west - lonMargin, -180, 180),
    clamp(south - latMargin, -MAX_LATITUDE, MAX_LATITUDE),
    clamp(east + lonMargin, -180, 180),
    clamp(north + latMargin, -MAX_LATITUDE, MAX_LATITUDE),
  ];
}

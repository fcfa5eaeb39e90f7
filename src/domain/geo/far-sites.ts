import { greatCircleKm, type LonLat } from './distance';

/** Beyond this many sites the all-pairs search would hold up the checks; it is skipped. */
const MAX_SITES_FOR_OUTLIERS = 5000;
const MIN_FAR_KM = 300;
const TIMES_TYPICAL = 3;

/**
 * Sites far from every other site: a likely typo in a coordinate (a dropped minus sign, swapped
 * latitude and longitude). Far means more than 300 km, and more than ten times the median
 * nearest-neighbour distance, so a programme spread over a continent is not flagged everywhere.
 * Returns each such site's index with the distance to its nearest neighbour.
 */
export function farFromOthers(sites: readonly LonLat[]): { index: number; nearestKm: number }[] {
  if (sites.length < 3 || sites.length > MAX_SITES_FOR_OUTLIERS) return [];
  // The search compares a flat approximation (cheap); only each winner is measured properly.
  const KM_PER_DEGREE = 111.2;
  const flat = sites.map(({ lon, lat }) => ({
    x: lon * Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE,
    y: lat * KM_PER_DEGREE,
  }));
  const nearest = flat.map((point, index) => {
    let best = Infinity;
    let bestIndex = -1;
    flat.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      const squared = (point.x - other.x) ** 2 + (point.y - other.y) ** 2;
      if (squared < best) {
        best = squared;
        bestIndex = otherIndex;
      }
    });
    const site = sites[index];
    const other = sites[bestIndex];
    return site === undefined || other === undefined ? 0 : greatCircleKm(site, other);
  });
  const sorted = [...nearest].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const threshold = Math.max(MIN_FAR_KM, median * TIMES_TYPICAL);
  return nearest.flatMap((km, index) => (km > threshold ? [{ index, nearestKm: km }] : []));
}

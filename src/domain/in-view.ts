import type { OrganisationFacts } from './derive-facts';

export type ViewBounds = readonly [west: number, south: number, east: number, north: number];

/** The organisations whose main site is inside the map's current bounds, by name. */
export function organisationsInView(
  organisations: readonly OrganisationFacts[],
  [west, south, east, north]: ViewBounds,
): OrganisationFacts[] {
  return organisations
    .filter(
      ({ organisation: { lon, lat } }) =>
        lon >= west && lon <= east && lat >= south && lat <= north,
    )
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB'));
}

const COMPASS = [
  'east',
  'north-east',
  'north',
  'north-west',
  'west',
  'south-west',
  'south',
  'south-east',
];

/** Which way the map's centre moved, in words, or null for a move too small to name. */
export function moveDirection(
  from: { lon: number; lat: number; zoom: number },
  to: { lon: number; lat: number; zoom: number },
): string | null {
  if (Math.abs(to.zoom - from.zoom) >= 0.25)
    return to.zoom > from.zoom ? 'zoomed in' : 'zoomed out';
  const dx = (to.lon - from.lon) * Math.cos((((from.lat + to.lat) / 2) * Math.PI) / 180);
  const dy = to.lat - from.lat;
  if (Math.hypot(dx, dy) < 1e-4) return null;
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  const index = Math.round(((angle + 360) % 360) / 45) % 8;
  return `moved ${COMPASS[index] ?? 'east'}`;
}

/** The polite announcement after a move: "Map moved north; 14 organisations in view." */
export function moveAnnouncement(direction: string, inView: number): string {
  return `Map ${direction}; ${inView} ${inView === 1 ? 'organisation' : 'organisations'} in view.`;
}

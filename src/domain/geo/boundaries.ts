import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const BOUNDARY_LAYERS = ['icb', 'stp', 'region'] as const;
export type BoundaryLayerId = (typeof BOUNDARY_LAYERS)[number];

export const BOUNDARY_LABELS: Record<BoundaryLayerId, string> = {
  icb: 'ICS / ICB (July 2022)',
  stp: 'STP (April 2021)',
  region: 'NHS England regions (July 2022)',
};

/** Short names for the layer switch, where space is tight. */
export const BOUNDARY_SHORT_LABELS: Record<BoundaryLayerId, string> = {
  icb: 'ICS (2022)',
  stp: 'STP (2021)',
  region: 'NHS regions (2022)',
};

export interface AreaProperties {
  code: string;
  name: string;
}

export type BoundaryCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

export interface Area {
  code: string;
  name: string;
}

import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { COAST_COLOUR, LAND_COLOUR, SEA_COLOUR } from '../../theme/colours';

export const LAND_SOURCE_ID = 'land';

/** A style with no tiles, fonts or sprites: sea, land and coastline only, so it works offline. */
export function basemapStyle(land: FeatureCollection | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      [LAND_SOURCE_ID]: {
        type: 'geojson',
        data: land ?? { type: 'FeatureCollection', features: [] },
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOUR } },
      {
        id: 'land',
        type: 'fill',
        source: LAND_SOURCE_ID,
        paint: { 'fill-color': LAND_COLOUR },
      },
      {
        id: 'coastline',
        type: 'line',
        source: LAND_SOURCE_ID,
        paint: { 'line-color': COAST_COLOUR, 'line-width': 0.8 },
      },
    ],
  };
}

/** England with a little sea around it, as [west, south, east, north]. */
export const ENGLAND_BOUNDS: [number, number, number, number] = [-6.4, 49.9, 1.9, 55.85];

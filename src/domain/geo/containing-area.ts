import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Area, AreaProperties, BoundaryCollection } from './boundaries';
import type { LonLat } from './distance';

type Box = [number, number, number, number];

interface IndexedArea {
  feature: Feature<Polygon | MultiPolygon, AreaProperties>;
  box: Box;
}

export interface AreaIndex {
  find(point: LonLat): Area | null;
}

function boxOf(geometry: Polygon | MultiPolygon): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** Point-in-polygon lookup with a bounding-box pre-check, built once per boundary set. */
export function indexAreas(collection: BoundaryCollection): AreaIndex {
  const areas: IndexedArea[] = collection.features.map((feature) => ({
    feature,
    box: boxOf(feature.geometry),
  }));
  return {
    find({ lon, lat }) {
      for (const { feature, box } of areas) {
        if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
        if (booleanPointInPolygon([lon, lat], feature)) {
          return { code: feature.properties.code, name: feature.properties.name };
        }
      }
      return null;
    },
  };
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Britain, Ireland and the near Continent: enough land around England to read the coast. */
const LAND_BOX = { minLon: -12, minLat: 48, maxLon: 5, maxLat: 62 } as const;

/** ISO 3166-1 numeric ids in world-atlas: UK, Ireland, Isle of Man, Guernsey, Jersey, France, Belgium, Netherlands. */
const COUNTRY_IDS = new Set(['826', '372', '833', '831', '832', '250', '056', '528']);

function touchesBox(ring: Position[]): boolean {
  return ring.some(
    ([lon = 0, lat = 0]) =>
      lon >= LAND_BOX.minLon &&
      lon <= LAND_BOX.maxLon &&
      lat >= LAND_BOX.minLat &&
      lat <= LAND_BOX.maxLat,
  );
}

/** Natural Earth 1:50m countries (public domain, from the world-atlas npm package), cut to the box. */
export async function buildLand(): Promise<FeatureCollection<MultiPolygon>> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  const world = JSON.parse(await readFile(path, 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const countries = feature(world, world.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const polygons: Position[][][] = [];
  for (const item of countries.features) {
    if (!COUNTRY_IDS.has(String(item.id))) continue;
    const parts =
      item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
    for (const polygon of parts) {
      if (polygon[0] !== undefined && touchesBox(polygon[0])) polygons.push(polygon);
    }
  }
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Land' },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ],
  };
}

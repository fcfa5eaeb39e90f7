import type { FeatureCollection, GeoJsonObject, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/**
 * Planar triangle area in square degrees below which a vertex is dropped (Visvalingam). At 52°N,
 * 2e-6 deg² is about 0.015 km²: invisible at the national and regional zooms the atlas uses, and
 * small enough that no site near a boundary changes area.
 */
const MIN_WEIGHT = 2e-6;
/** 1e5 steps across England is about 7 m: far below the 500 m generalisation of the sources. */
const QUANTIZATION = 1e5;

export function toTopology(name: string, collection: FeatureCollection<Geometry | null>): Topology {
  const built = topology({ [name]: collection as GeoJsonObject }) as unknown as Topology<Objects>;
  const simplified = simplify(presimplify(built), MIN_WEIGHT);
  // presimplify stores each vertex's weight as a third coordinate; the browser does not need it.
  simplified.arcs = simplified.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  return quantize(simplified, QUANTIZATION);
}

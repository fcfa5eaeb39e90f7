import { feature } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import type { BoundaryCollection } from '../domain/geo/boundaries';

function isTopology(value: unknown): value is Topology<Objects> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Topology' &&
    typeof (value as { objects?: unknown }).objects === 'object'
  );
}

/** Reads the single object of a boundary topology back into a GeoJSON collection of areas. */
export function topologyToCollection(value: unknown, origin: string): BoundaryCollection {
  if (!isTopology(value)) throw new Error(`${origin} is not a TopoJSON topology`);
  const [object] = Object.values(value.objects);
  if (object === undefined) throw new Error(`${origin} has no objects`);
  const collection = feature(value, object);
  if (collection.type !== 'FeatureCollection')
    throw new Error(`${origin} holds no feature collection`);
  return collection as BoundaryCollection;
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BoundaryCollection } from '../../src/domain/geo/boundaries';
import { onsQueryUrl, type BoundarySource } from './config';

function isPolygonal(feature: Feature<Geometry | null>): boolean {
  return feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon';
}

/** Keeps only code/name so both sources produce identical output. */
function normaliseCollection(
  collection: FeatureCollection<Geometry | null>,
  codeField: string,
  nameField: string,
  origin: string,
): BoundaryCollection {
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${origin}: not a GeoJSON FeatureCollection`);
  }
  const features = collection.features.filter(isPolygonal).map((feature) => {
    const properties = feature.properties ?? {};
    const code = properties[codeField] ?? properties.code;
    const name = properties[nameField] ?? properties.name;
    if (typeof code !== 'string' || typeof name !== 'string') {
      throw new Error(
        `${origin}: a feature lacks the ${codeField}/${nameField} (or code/name) fields`,
      );
    }
    return { ...feature, properties: { code, name } };
  });
  if (features.length === 0) throw new Error(`${origin}: no polygon features`);
  return { type: 'FeatureCollection', features } as BoundaryCollection;
}

export async function loadFromDirectory(
  directory: string,
  source: BoundarySource,
): Promise<BoundaryCollection> {
  const path = join(directory, source.localFile);
  const json = JSON.parse(await readFile(path, 'utf8')) as FeatureCollection<Geometry | null>;
  return normaliseCollection(json, source.codeField, source.nameField, path);
}

export async function downloadFromOns(
  base: string,
  source: BoundarySource,
  fetchImpl: typeof fetch = fetch,
): Promise<BoundaryCollection> {
  const url = onsQueryUrl(base, source);
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json = (await response.json()) as FeatureCollection<Geometry | null> & {
    error?: { message?: string };
  };
  if (json.error !== undefined) {
    throw new Error(`${url}: the service answered "${json.error.message ?? 'error'}"`);
  }
  return normaliseCollection(json, source.codeField, source.nameField, url);
}

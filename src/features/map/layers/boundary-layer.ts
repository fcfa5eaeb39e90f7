import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaProperties, BoundaryCollection } from '../../../domain/geo/boundaries';
import { BOUNDARY_LINE, SELECTION_COLOUR } from '../../../theme/colours';
import { LAYER_IDS } from './layer-ids';

type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

const EMPTY: BoundaryCollection = { type: 'FeatureCollection', features: [] };

export function createBoundaryLayer(
  collection: BoundaryCollection | null,
  selectedCode: string | null,
) {
  return new GeoJsonLayer<AreaProperties>({
    id: LAYER_IDS.boundaries,
    data: collection ?? EMPTY,
    visible: collection !== null,
    stroked: true,
    filled: true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [120, 110, 150, 40],
    getFillColor: (feature) =>
      (feature as AreaFeature).properties.code === selectedCode
        ? [...SELECTION_COLOUR, 50]
        : [255, 255, 255, 0],
    getLineColor: [...BOUNDARY_LINE, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: (feature) =>
      (feature as AreaFeature).properties.code === selectedCode ? 3 : 1.5,
    updateTriggers: { getFillColor: [selectedCode], getLineWidth: [selectedCode] },
  });
}

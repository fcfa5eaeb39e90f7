import { GeoJsonLayer } from '@deck.gl/layers';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import { BOUNDARY_LINE } from '../map-colours';
import { LAYER_IDS } from './layer-ids';

export function createBoundaryLayer(collection: BoundaryCollection | null) {
  return new GeoJsonLayer({
    id: LAYER_IDS.boundaries,
    data: collection ?? { type: 'FeatureCollection', features: [] },
    visible: collection !== null,
    stroked: true,
    filled: true,
    getFillColor: [255, 255, 255, 0],
    getLineColor: [...BOUNDARY_LINE, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    pickable: false,
  });
}

import type { FilterContext } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaProperties, BoundaryCollection } from '../../../domain/geo/boundaries';
import { BOUNDARY_LINE, SELECTION_COLOUR } from '../../../theme/colours';
import { LAYER_IDS } from './layer-ids';

type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

const EMPTY: BoundaryCollection = { type: 'FeatureCollection', features: [] };

/** The GeoJsonLayer's own name for the sublayer that fills the areas. */
const FILL_SUBLAYER = `${LAYER_IDS.boundaries}-polygons-fill`;

/**
 * deck.gl's `layerFilter`: the areas' fill is clear unless an area is selected or the pointer is
 * on one (deck.gl's hover highlight), so otherwise it is left out of the drawing, which saves a
 * fill of the whole map on every frame. Picking still draws it: that is how areas are found.
 */
export const boundaryFillFilter =
  (fillShows: boolean) =>
  ({ layer, isPicking }: FilterContext) =>
    isPicking || fillShows || layer.id !== FILL_SUBLAYER;

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

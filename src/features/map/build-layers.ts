import type { LayersList } from '@deck.gl/core';
import type { AtlasFacts } from '../../domain/derive-facts';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import type { ViewState } from '../../state/view-state';
import { createBoundaryLayer } from './layers/boundary-layer';
import { createDistanceLabelsLayer } from './layers/distance-labels-layer';
import type { Emphasis } from './layers/emphasis';
import { createPairingLinesLayer } from './layers/pairing-lines-layer';
import { createSiteLayers } from './layers/site-layers';

/** Layer order is drawing order: boundaries, lines, distance labels, then sites on top, since sites are what people click. */
export function buildLayers(
  facts: AtlasFacts,
  boundary: BoundaryCollection | null,
  view: ViewState,
  emphasis: Emphasis | null,
): LayersList {
  const selectedPairing = view.selection?.kind === 'pairing' ? view.selection.id : null;
  const selectedOrganisation = view.selection?.kind === 'organisation' ? view.selection.id : null;
  return [
    createBoundaryLayer(boundary),
    createPairingLinesLayer(facts.pairings, view.showLines, selectedPairing, emphasis),
    createDistanceLabelsLayer(facts.pairings, view.showLines && view.showDistanceLabels, emphasis),
    ...createSiteLayers(facts.organisations, view.showSites, selectedOrganisation, emphasis),
  ];
}

/** The ids of the layers that draw something, published for tests and tools (data-atlas-layers). */
export function drawnLayerIds(layers: LayersList): string {
  return layers
    .flatMap((layer) =>
      layer && typeof layer === 'object' && 'id' in layer && layer.props.visible ? [layer.id] : [],
    )
    .join(' ');
}

import type { LayersList } from '@deck.gl/core';
import type { FilteredFacts } from '../../domain/filters';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import type { StackedSites } from '../../domain/stacks';
import type { ViewState } from '../../state/view-state';
import { createBoundaryLayer } from './layers/boundary-layer';
import { createDistanceLabelsLayer } from './layers/distance-labels-layer';
import type { Emphasis } from './layers/emphasis';
import { createPairingLinesLayer } from './layers/pairing-lines-layer';
import { createSiteLabelsLayer } from './layers/site-labels-layer';
import { createSiteLayers, type SiteIconAtlas } from './layers/site-layers';
import { createSiteStackLayers } from './layers/site-stack-layers';

/** Drawing order: boundaries, lines, distance labels, sites (what people click), then names. */
export function buildLayers(
  facts: FilteredFacts,
  boundary: BoundaryCollection | null,
  view: ViewState,
  emphasis: Emphasis | null,
  siteIcons?: SiteIconAtlas,
  /** The on-screen map groups overlapping sites at its zoom; an exported image draws each one. */
  stacked?: StackedSites,
): LayersList {
  const { selection } = view;
  const selectedPairing = selection?.kind === 'pairing' ? selection.id : null;
  const selectedOrganisation = selection?.kind === 'organisation' ? selection.id : null;
  const selectedArea =
    selection?.kind === 'area' && selection.layer === view.boundaryLayer ? selection.code : null;
  return [
    createBoundaryLayer(boundary, selectedArea),
    createPairingLinesLayer(
      facts.pairings,
      view.showLines,
      selectedPairing,
      emphasis,
      view.lineColouring,
    ),
    createDistanceLabelsLayer(facts.pairings, view.showLines && view.showDistanceLabels, emphasis),
    ...createSiteLayers(
      stacked?.singles ?? facts.organisations,
      view.showSites,
      selectedOrganisation,
      emphasis,
      siteIcons,
    ),
    ...createSiteStackLayers(stacked?.stacks ?? [], view.showSites, emphasis),
    createSiteLabelsLayer(facts.organisations, view.showSites && view.showSiteLabels, emphasis),
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

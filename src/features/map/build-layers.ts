import type { LayersList } from '@deck.gl/core';
import type { FilteredFacts } from '../../domain/filters';
import type { FinderLine } from '../../domain/finder/finder-lines';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import type { SiteStack, StackedSites } from '../../domain/stacks';
import type { ViewState } from '../../domain/view/view-state';
import { NO_LABELS, type LabelLayout } from './label-layout';
import { makeEveryTime, type LayerCache } from './layer-cache';
import { createBoundaryLayer } from './layers/boundary-layer';
import { createDistanceLabelsLayer } from './layers/distance-labels-layer';
import type { Emphasis } from './layers/emphasis';
import { createFinderLinesLayer } from './layers/finder-lines-layer';
import { createPairingLinesLayer } from './layers/pairing-lines-layer';
import { createSiteLabelsLayer } from './layers/site-labels-layer';
import { createSiteLayer } from './layers/site-layers';
import { createSiteStackLayers } from './layers/site-stack-layers';
import type { SiteIconAtlas } from './site-icon-atlas';

const NO_STACKS: SiteStack[] = [];
const NO_FINDER_LINES: FinderLine[] = [];

export interface LayerExtras {
  /** The sites' icons; absent, the one shared atlas (tests pass a stand-in). */
  siteIcons?: SiteIconAtlas;
  /** Sites grouped where they would overlap at the map's zoom; absent, each site is drawn. */
  stacked?: StackedSites;
  /** Names and distances that fit at the map's zoom; absent, none are drawn. */
  labels?: LabelLayout;
  /** The partner finder's lines, and the one pointed at; absent, none are drawn. */
  finder?: { lines: readonly FinderLine[]; hovered: string | null };
  /**
   * Every site and pairing before filtering. Given, the lines and (unstacked) sites keep them all
   * and the GPU hides what the filters leave out, so a filter does not rebuild their buffers.
   */
  every?: FilteredFacts;
}

/**
 * All layers in drawing order: boundaries, lines, the finder's lines, distance labels, sites (what
 * people click), then names.
 */
export function buildLayers(
  facts: FilteredFacts,
  boundary: BoundaryCollection | null,
  view: ViewState,
  emphasis: Emphasis | null,
  { siteIcons, stacked, labels = NO_LABELS, finder, every }: LayerExtras = {},
  /** The on-screen map passes its cache, so each layer is made again only when its inputs change. */
  cached: LayerCache = makeEveryTime,
): LayersList {
  const { selection } = view;
  const selectedPairing = selection?.kind === 'pairing' ? selection.id : null;
  const selectedOrganisation = selection?.kind === 'organisation' ? selection.id : null;
  const selectedArea =
    selection?.kind === 'area' && selection.layer === view.boundaryLayer ? selection.code : null;
  const { pairings } = facts;
  const { showLines, showSites, lineColouring } = view;
  const sites = stacked?.singles ?? facts.organisations;
  // The sites in stacks are hidden like those the filters leave out, so a filter or a zoom step
  // that regroups them changes which sites are shown, not the layers' data.
  const everySite = every?.organisations;
  const everyPairing = every?.pairings;
  const stacks = stacked?.stacks ?? NO_STACKS;
  const finderLines = finder?.lines ?? NO_FINDER_LINES;
  const hoveredLine = finder?.hovered ?? null;
  return [
    cached('boundaries', [boundary, selectedArea], () =>
      createBoundaryLayer(boundary, selectedArea),
    ),
    ...cached(
      'lines',
      [pairings, showLines, selectedPairing, emphasis, lineColouring, everyPairing],
      () =>
        createPairingLinesLayer(
          pairings,
          showLines,
          selectedPairing,
          emphasis,
          lineColouring,
          everyPairing,
        ),
    ),
    cached('finder', [finderLines, hoveredLine], () =>
      createFinderLinesLayer(finderLines, hoveredLine),
    ),
    cached('distances', [labels.distances, emphasis], () =>
      createDistanceLabelsLayer(labels.distances, emphasis),
    ),
    cached('sites', [sites, showSites, selectedOrganisation, emphasis, siteIcons, everySite], () =>
      createSiteLayer(sites, showSites, selectedOrganisation, emphasis, siteIcons, everySite),
    ),
    ...cached('stacks', [stacks, showSites, emphasis, siteIcons], () =>
      createSiteStackLayers(stacks, showSites, emphasis, siteIcons),
    ),
    cached('names', [labels.names, emphasis], () => createSiteLabelsLayer(labels.names, emphasis)),
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

import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import { formatDistanceShort, shortName } from '../../domain/format';
import {
  placeLabels,
  type LabelRequest,
  type Obstacle,
  type PlacedLabel,
} from '../../domain/label-placement';
import type { SiteStack } from '../../domain/stacks';
import type { ViewState } from '../../domain/view/view-state';
import { sameItems } from '../../lib/same-items';
import { distanceLabelsCapped } from './distance-label-limit';
import type { Emphasis } from './layers/emphasis';
import { markerRadius, stackRadius } from './marker-sizes';

/** Hovering this many pairings or fewer names each one's distance whatever it covers. */
const MAX_ALWAYS_HOVERED = 20;

/** The gap between a line and a distance set beside it. */
const DISTANCE_BESIDE_LINE_PX = 6;

// Names outrank distances; the selection and what it relates to outrank the rest.
const PRIORITY = { selected: 300, partner: 200, related: 100, GDE: 20, FF: 10 } as const;

export interface LabelLayoutInput {
  /** The sites drawn one by one (stacked ones are named by their stack's tooltip). */
  sites: readonly OrganisationFacts[];
  stacks: readonly SiteStack[];
  pairings: readonly PairingFacts[];
  view: Pick<
    ViewState,
    'selection' | 'showSites' | 'showSiteLabels' | 'showLines' | 'showDistanceLabels'
  >;
  emphasis: Emphasis | null;
  /** Pairings the pointer or a chart is on. */
  hovered: readonly string[] | null;
  zoom: number;
}

export interface LabelLayout {
  names: { facts: OrganisationFacts; placed: PlacedLabel }[];
  distances: { facts: PairingFacts; placed: PlacedLabel }[];
}

export const NO_LABELS: LabelLayout = { names: [], distances: [] };

/**
 * Which names and distances fit at this zoom, and where. Names of the selection are always
 * drawn (even with names switched off), then its partners', exemplars', followers'; distances of
 * the selected and hovered pairings always, the others where they cover no marker or name.
 */
export function layOutLabels(input: LabelLayoutInput): LabelLayout {
  const { view, emphasis } = input;
  const { selection } = view;
  if (!view.showSites && !view.showLines) return NO_LABELS;
  const showNames = view.showSites && view.showSiteLabels;
  const selectedPairing = selection?.kind === 'pairing' ? selection.id : null;
  const selectedSites = new Set<string>();
  // A selected site's partners are named too, where they fit, and its pairings' distances always.
  const partnerSites = new Set<string>();
  const selectedPairings = new Set<string>();
  if (selection?.kind === 'organisation') selectedSites.add(selection.id);
  for (const { pairing } of input.pairings) {
    if (pairing.id === selectedPairing) {
      selectedSites.add(pairing.gdeId);
      selectedSites.add(pairing.ffId);
      selectedPairings.add(pairing.id);
    } else if (selection?.kind === 'organisation') {
      const partner =
        pairing.gdeId === selection.id
          ? pairing.ffId
          : pairing.ffId === selection.id
            ? pairing.gdeId
            : null;
      if (partner !== null) {
        partnerSites.add(partner);
        selectedPairings.add(pairing.id);
      }
    }
  }
  const related = (ids: ReadonlySet<string> | undefined, id: string) => ids?.has(id) ?? false;

  const requests: LabelRequest[] = [];
  const sites = new Map<string, OrganisationFacts>();
  for (const facts of input.sites) {
    const { id, role, name, lon, lat } = facts.organisation;
    const selected = selectedSites.has(id);
    const partner = partnerSites.has(id);
    if (!view.showSites || (!showNames && !selected && !partner)) continue;
    sites.set(id, facts);
    requests.push({
      id: `site:${id}`,
      lon,
      lat,
      text: shortName(name),
      priority:
        (selected ? PRIORITY.selected : partner ? PRIORITY.partner : 0) +
        (related(emphasis?.organisations, id) ? PRIORITY.related : 0) +
        PRIORITY[role],
      always: selected,
      clearancePx: markerRadius(role, selected) + 2,
      anchors: ['below', 'right', 'above', 'left'],
    });
  }

  const pairings = new Map<string, PairingFacts>();
  if (view.showLines && view.showDistanceLabels && !distanceLabelsCapped(input.pairings)) {
    const hovered = new Set(
      input.hovered !== null && input.hovered.length <= MAX_ALWAYS_HOVERED ? input.hovered : [],
    );
    for (const facts of input.pairings) {
      const { id } = facts.pairing;
      // Dimmed lines go unlabelled: a selection or a hover leaves only its own distances.
      if (emphasis !== null && !emphasis.pairings.has(id)) continue;
      pairings.set(id, facts);
      const [from, to] = [facts.gde.organisation, facts.ff.organisation];
      const along = (share: number) => ({
        lon: from.lon + (to.lon - from.lon) * share,
        lat: from.lat + (to.lat - from.lat) * share,
      });
      const always = selectedPairings.has(id) || hovered.has(id);
      requests.push({
        id: `pair:${id}`,
        ...along(0.5),
        // Where the middle is taken (by a marker or a name), further along the line will do.
        alternatives: [along(0.35), along(0.65), along(0.22), along(0.78)],
        text: formatDistanceShort(facts.distanceKm, facts.distanceMiles),
        // Longer lines first: short ones are plain once zoomed in.
        priority:
          (related(emphasis?.pairings, id) ? PRIORITY.related : 0) +
          Math.min(1, facts.distanceKm / 1000),
        always,
        // A distance that must be drawn may sit beside its line where the line is too short
        // to hold it clear of the names; the others stay on their lines or are left out.
        clearancePx: always ? DISTANCE_BESIDE_LINE_PX : 0,
        anchors: always ? ['centre', 'right', 'left', 'above', 'below'] : ['centre'],
      });
    }
  }
  if (requests.length === 0) return NO_LABELS;

  const obstacles: Obstacle[] = [
    ...input.sites.map(({ organisation }) => ({
      lon: organisation.lon,
      lat: organisation.lat,
      radiusPx: markerRadius(organisation.role, selectedSites.has(organisation.id)),
    })),
    ...input.stacks.map((stack) => ({
      lon: stack.lon,
      lat: stack.lat,
      radiusPx: stackRadius(stack) + 2,
    })),
  ];
  const layout: LabelLayout = { names: [], distances: [] };
  for (const placed of placeLabels(requests, obstacles, input.zoom)) {
    const [kind, ...rest] = placed.id.split(':');
    const id = rest.join(':');
    if (kind === 'site') {
      const facts = sites.get(id);
      if (facts !== undefined) layout.names.push({ facts, placed });
    } else {
      const facts = pairings.get(id);
      if (facts !== undefined) layout.distances.push({ facts, placed });
    }
  }
  return layout;
}

type Placed = { facts: unknown; placed: PlacedLabel };

const samePlace = (a: Placed, b: Placed) =>
  a.facts === b.facts &&
  a.placed.anchor === b.placed.anchor &&
  a.placed.lon === b.placed.lon &&
  a.placed.lat === b.placed.lat;

const samePlaced = (a: readonly Placed[], b: readonly Placed[]) => sameItems(a, b, samePlace);

/**
 * The earlier layout's names and distances wherever the new ones are the same labels placed
 * alike, so a filter that moves only the distances leaves the names' layer as it was (and the
 * other way round). The same facts object, not only the same id: new data are drawn anew.
 */
export function reuseUnchangedLabels(kept: LabelLayout, next: LabelLayout): LabelLayout {
  const names = samePlaced(kept.names, next.names) ? kept.names : next.names;
  const distances = samePlaced(kept.distances, next.distances) ? kept.distances : next.distances;
  if (names === kept.names && distances === kept.distances) return kept;
  return { names, distances };
}

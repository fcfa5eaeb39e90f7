import type { SelectedFacts } from './selection-selectors';

export type Bounds = [number, number, number, number];

/** [west, south, east, north] around everything the selection touches, or null when nothing is. */
export function selectionBounds(selected: SelectedFacts): Bounds | null {
  if (selected === null) return null;
  const points =
    selected.kind === 'pairing'
      ? [selected.facts.gde.organisation, selected.facts.ff.organisation]
      : [
          ...(selected.kind === 'organisation'
            ? [selected.facts.organisation]
            : selected.organisations.map((o) => o.organisation)),
          ...selected.pairings.flatMap(({ gde, ff }) => [gde.organisation, ff.organisation]),
        ];
  if (points.length === 0) return null;
  return pointBounds(points.map(({ lon, lat }) => [lon, lat]));
}

/** [west, south, east, north] around some [lon, lat] points (at least one). */
export function pointBounds(points: readonly (readonly [number, number])[]): Bounds {
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

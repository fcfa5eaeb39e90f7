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
  return [
    Math.min(...points.map((p) => p.lon)),
    Math.min(...points.map((p) => p.lat)),
    Math.max(...points.map((p) => p.lon)),
    Math.max(...points.map((p) => p.lat)),
  ];
}

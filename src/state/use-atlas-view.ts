import { useCallback, useEffect, useMemo } from 'react';
import { applyFilters } from '../domain/filters';
import type { BoundaryLayerId } from '../domain/geo/boundaries';
import type { ViewState } from '../domain/view/view-state';
import { dataExtent, viewFence } from '../domain/view-fence';
import { MARKS } from '../lib/performance-marks';
import { useHighlight } from './highlight-context';
import { selectionBounds } from './selection-bounds';
import { highlightEmphasis, selectEmphasis, selectSelectedFacts } from './selection-selectors';
import { useAtlasFacts } from './use-atlas-facts';
import { useBoundaries } from './use-boundaries';
import { useDataset } from './use-dataset';

/** What the views need from the data alone, whatever the view: loaded and joined once. */
export function useAtlasData() {
  const data = useDataset();
  const boundaries = useBoundaries();
  const atlas = useAtlasFacts(data.dataset, boundaries);
  useEffect(() => {
    if (atlas !== null) performance.mark(MARKS.dataReady);
  }, [atlas]);
  const extent = useMemo(
    () =>
      atlas === null ? null : dataExtent(atlas.facts.organisations.map((f) => f.organisation)),
    [atlas],
  );
  const fence = useMemo(() => (extent === null ? null : viewFence(extent)), [extent]);
  return useMemo(
    () => ({ data, boundaries, atlas, extent, fence }),
    [data, boundaries, atlas, extent, fence],
  );
}

export type AtlasData = ReturnType<typeof useAtlasData>;

/** Everything the views need, derived from the data and one view state by memoised selectors. */
export function useAtlasView(base: AtlasData, view: ViewState) {
  const { atlas, boundaries } = base;
  const { collections } = boundaries;

  const findArea = useCallback(
    (layer: BoundaryLayerId, code: string) => {
      const feature = collections[layer]?.features.find(
        ({ properties }) => properties.code === code,
      );
      return feature === undefined ? null : { code, name: feature.properties.name };
    },
    [collections],
  );

  const filtered = useMemo(
    () =>
      atlas === null
        ? null
        : applyFilters(atlas.facts.organisations, atlas.facts.pairings, view.filters),
    [atlas, view.filters],
  );
  const selected = useMemo(
    () => (atlas === null ? null : selectSelectedFacts(atlas.facts, view.selection, findArea)),
    [atlas, view.selection, findArea],
  );
  const [highlight] = useHighlight();
  const emphasis = useMemo(
    () =>
      selectEmphasis(selected) ??
      (atlas === null ? null : highlightEmphasis(highlight, atlas.facts)),
    [selected, highlight, atlas],
  );
  const bounds = useMemo(() => selectionBounds(selected), [selected]);
  const boundary = view.boundaryLayer === 'none' ? null : (collections[view.boundaryLayer] ?? null);

  // The same object while nothing in it changes, so a change to the live view alone leaves the
  // settled view's readers alone.
  return useMemo(
    () => ({ ...base, filtered, selected, emphasis, bounds, boundary, view }),
    [base, filtered, selected, emphasis, bounds, boundary, view],
  );
}

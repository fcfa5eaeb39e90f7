import { useCallback, useEffect, useMemo } from 'react';
import { applyFilters } from '../domain/filters';
import type { BoundaryLayerId } from '../domain/geo/boundaries';
import { dataExtent, viewFence } from '../domain/view-fence';
import { MARKS } from '../lib/performance-marks';
import { useHighlight } from './highlight-context';
import { selectionBounds } from './selection-bounds';
import { highlightEmphasis, selectEmphasis, selectSelectedFacts } from './selection-selectors';
import { useAtlasFacts } from './use-atlas-facts';
import { useBoundaries } from './use-boundaries';
import { useDataset } from './use-dataset';
import { useViewState } from './view-state-context';

/** Everything the views need, derived from data + view state by memoised selectors. */
export function useAtlasView() {
  const data = useDataset();
  const boundaries = useBoundaries();
  const atlas = useAtlasFacts(data.dataset, boundaries);
  useEffect(() => {
    if (atlas !== null) performance.mark(MARKS.dataReady);
  }, [atlas]);
  const view = useViewState();
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
  const extent = useMemo(
    () =>
      atlas === null ? null : dataExtent(atlas.facts.organisations.map((f) => f.organisation)),
    [atlas],
  );
  const fence = useMemo(() => (extent === null ? null : viewFence(extent)), [extent]);
  const boundary = view.boundaryLayer === 'none' ? null : (collections[view.boundaryLayer] ?? null);

  return {
    data,
    boundaries,
    atlas,
    filtered,
    selected,
    emphasis,
    bounds,
    boundary,
    view,
    extent,
    fence,
  };
}

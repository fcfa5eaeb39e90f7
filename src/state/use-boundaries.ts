import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { boundariesQuery } from '../data/boundaries-query';
import {
  BOUNDARY_LAYERS,
  type BoundaryCollection,
  type BoundaryLayerId,
} from '../domain/geo/boundaries';

export interface BoundariesState {
  collections: Partial<Record<BoundaryLayerId, BoundaryCollection>>;
  /** Layers that finished loading but are not available in this build. */
  missing: BoundaryLayerId[];
  isLoading: boolean;
}

// One function for every render, so TanStack Query combines again only when a result changes
// and the state keeps its identity in between (the selectors downstream are memoised on it).
function combine(results: UseQueryResult<BoundaryCollection | null>[]): BoundariesState {
  const collections: BoundariesState['collections'] = {};
  const missing: BoundaryLayerId[] = [];
  results.forEach((result, index) => {
    const layer = BOUNDARY_LAYERS[index];
    if (layer === undefined) return;
    if (result.data) collections[layer] = result.data;
    else if (result.isSuccess || result.isError) missing.push(layer);
  });
  return { collections, missing, isLoading: results.some((result) => result.isPending) };
}

export function useBoundaries(): BoundariesState {
  return useQueries({ queries: BOUNDARY_LAYERS.map((layer) => boundariesQuery(layer)), combine });
}

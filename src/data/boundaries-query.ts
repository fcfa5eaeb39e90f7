import { queryOptions } from '@tanstack/react-query';
import type { BoundaryLayerId } from '../domain/geo/boundaries';
import { BOUNDARY_URLS } from './data-urls';
import { readOptionalTopology } from './read-optional-topology';

export function boundariesQuery(layer: BoundaryLayerId) {
  return queryOptions({
    queryKey: ['boundaries', layer],
    queryFn: () => readOptionalTopology(BOUNDARY_URLS[layer]),
    staleTime: Infinity,
  });
}

import { queryOptions } from '@tanstack/react-query';
import { LAND_URL } from './data-urls';
import { readOptionalTopology } from './read-optional-topology';

export const landQuery = queryOptions({
  queryKey: ['basemap', 'land'],
  queryFn: () => readOptionalTopology(LAND_URL),
  staleTime: Infinity,
});

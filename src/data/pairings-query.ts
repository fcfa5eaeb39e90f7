import { queryOptions } from '@tanstack/react-query';
import { PAIRINGS_URL } from './data-urls';
import { fetchResource } from './fetch-resource';
import { validatePairingsCsv } from './validate-dataset';

export const pairingsQuery = queryOptions({
  queryKey: ['dataset', 'pairings'],
  queryFn: async () => validatePairingsCsv(await (await fetchResource(PAIRINGS_URL)).text()),
  staleTime: Infinity,
});

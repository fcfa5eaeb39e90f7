import { queryOptions } from '@tanstack/react-query';
import { ORGANISATIONS_URL } from './data-urls';
import { fetchResource } from './fetch-resource';
import { validateOrganisationsCsv } from './validate-dataset';

export const organisationsQuery = queryOptions({
  queryKey: ['dataset', 'organisations'],
  queryFn: async () =>
    validateOrganisationsCsv(await (await fetchResource(ORGANISATIONS_URL)).text()),
  staleTime: Infinity,
});

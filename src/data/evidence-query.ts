import { queryOptions } from '@tanstack/react-query';
import { EVIDENCE_URL } from './data-urls';
import { fetchResource } from './fetch-resource';
import { validateEvidenceCsv } from './validate-evidence';

export const evidenceQuery = queryOptions({
  queryKey: ['dataset', 'evidence'],
  queryFn: async () => validateEvidenceCsv(await (await fetchResource(EVIDENCE_URL)).text()),
  staleTime: Infinity,
});

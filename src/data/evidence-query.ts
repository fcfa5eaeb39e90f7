import { queryOptions } from '@tanstack/react-query';
import { EVIDENCE_URL } from './data-urls';
import { fetchText } from './fetch-resource';
import { validateEvidenceCsv } from './validate-evidence';

export const evidenceQuery = queryOptions({
  queryKey: ['dataset', 'evidence'],
  queryFn: async () => validateEvidenceCsv(await fetchText(EVIDENCE_URL, 'CSV')),
  staleTime: Infinity,
});

import { queryOptions } from '@tanstack/react-query';
import type { OwnData } from './own-data';
import { validateOffThread } from './validate-off-thread';
import type { CheckProgress } from './validate-own';

const ignore = () => {};

/** Someone's files are checked once per dataset opened (its id); the result is kept. */
export const ownDatasetQuery = (
  own: OwnData | null,
  onProgress: (progress: CheckProgress) => void = ignore,
) =>
  queryOptions({
    queryKey: ['own-dataset', own?.id ?? null],
    queryFn: () => (own === null ? null : validateOffThread(own, onProgress)),
    enabled: own !== null,
    staleTime: Infinity,
    retry: false,
  });

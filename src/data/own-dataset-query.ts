import { queryOptions, skipToken } from '@tanstack/react-query';
import type { OwnData } from './own-data';
import { validateOffThread } from './validate-off-thread';
import type { CheckProgress } from './validate-own';

const progressKey = (id: number | null) => ['own-dataset-progress', id] as const;

/**
 * Someone's files are checked once per dataset opened (its id); the result is kept. One query
 * function for the key: how far the check has got goes into a cache entry of its own.
 */
export const ownDatasetQuery = (own: OwnData | null) =>
  queryOptions({
    queryKey: ['own-dataset', own?.id ?? null],
    queryFn: ({ client }) =>
      own === null
        ? null
        : validateOffThread(own, (progress) => client.setQueryData(progressKey(own.id), progress)),
    enabled: own !== null,
    staleTime: Infinity,
    retry: false,
  });

/** The check's progress, as the query above writes it; nothing is fetched for it. */
export const ownCheckProgressQuery = (own: OwnData | null) =>
  queryOptions<CheckProgress>({
    queryKey: progressKey(own?.id ?? null),
    queryFn: skipToken,
    staleTime: Infinity,
  });

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { organisationsQuery } from '../data/organisations-query';
import { pairingsQuery } from '../data/pairings-query';
import { assembleDataset } from '../data/validate-dataset';
import { validateOffThread } from '../data/validate-off-thread';
import { useDataSource } from './data-source-context';

export function useDataset() {
  const source = useDataSource();
  const own = source.showOwn ? source.own : null;
  const organisations = useQuery(organisationsQuery);
  const pairings = useQuery(pairingsQuery);
  const builtin = useMemo(
    () =>
      organisations.data !== undefined && pairings.data !== undefined
        ? assembleDataset(organisations.data, pairings.data)
        : null,
    [organisations.data, pairings.data],
  );
  const brought = useQuery({
    queryKey: ['own-dataset', own?.id],
    queryFn: () => (own === null ? null : validateOffThread(own)),
    enabled: own !== null,
    staleTime: Infinity,
    retry: false,
  });
  const failed = [organisations, pairings].filter((query) => query.isError);
  const ownReady = own !== null && brought.data !== undefined && brought.data !== null;
  return {
    // While someone's files are being checked, what was shown stays on screen.
    dataset: ownReady ? brought.data : builtin,
    own: ownReady,
    isChecking: own !== null && brought.isPending,
    checkError: own !== null && brought.isError ? brought.error.message : null,
    isLoading: own === null && (organisations.isPending || pairings.isPending),
    errors: failed.map((query) => query.error?.message ?? 'Unknown error'),
    retry: () => {
      for (const query of failed) void query.refetch();
    },
    isRetrying: organisations.isFetching || pairings.isFetching,
  };
}

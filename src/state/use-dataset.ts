import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { organisationsQuery } from '../data/organisations-query';
import { pairingsQuery } from '../data/pairings-query';
import { assembleDataset } from '../data/validate-dataset';

export function useDataset() {
  const organisations = useQuery(organisationsQuery);
  const pairings = useQuery(pairingsQuery);
  const dataset = useMemo(
    () =>
      organisations.data !== undefined && pairings.data !== undefined
        ? assembleDataset(organisations.data, pairings.data)
        : null,
    [organisations.data, pairings.data],
  );
  const failed = [organisations, pairings].filter((query) => query.isError);
  return {
    dataset,
    isLoading: organisations.isPending || pairings.isPending,
    errors: failed.map((query) => query.error?.message ?? 'Unknown error'),
    retry: () => {
      for (const query of failed) void query.refetch();
    },
    isRetrying: organisations.isFetching || pairings.isFetching,
  };
}

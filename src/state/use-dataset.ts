import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { organisationsQuery } from '../data/organisations-query';
import { ownDatasetQuery } from '../data/own-dataset-query';
import { pairingsQuery } from '../data/pairings-query';
import { assembleDataset } from '../data/validate-dataset';
import type { CheckProgress } from '../data/validate-own';
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
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const brought = useQuery(ownDatasetQuery(own, setProgress));
  const failed = [organisations, pairings].filter((query) => query.isError);
  const ownDataset = own !== null ? brought.data?.dataset : undefined;
  const isChecking = own !== null && brought.isPending;
  return {
    // While someone's files are being checked, what was shown stays on screen.
    dataset: ownDataset ?? builtin,
    own: ownDataset !== undefined,
    isChecking,
    checkProgress: isChecking ? progress : null,
    checkError: own !== null && brought.isError ? brought.error.message : null,
    isLoading: own === null && (organisations.isPending || pairings.isPending),
    errors: failed.map((query) => query.error?.message ?? 'Unknown error'),
    retry: () => {
      for (const query of failed) void query.refetch();
    },
    isRetrying: organisations.isFetching || pairings.isFetching,
  };
}

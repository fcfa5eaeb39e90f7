import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { LoadErrors } from '../data/builtin-check';
import { builtinDatasetQuery } from '../data/builtin-dataset-query';
import { ownCheckProgressQuery, ownDatasetQuery } from '../data/own-dataset-query';
import { useDataSource } from './data-source-context';

export function useDataset() {
  const source = useDataSource();
  const own = source.showOwn ? source.own : null;
  const builtin = useQuery(builtinDatasetQuery);
  const brought = useQuery(ownDatasetQuery(own));
  const progress = useQuery(ownCheckProgressQuery(own)).data ?? null;
  const ownDataset = own !== null ? brought.data?.dataset : undefined;
  const isChecking = own !== null && brought.isPending;
  const { error, refetch } = builtin;
  // While someone's files are being checked, what was shown stays on screen.
  const dataset = ownDataset ?? builtin.data ?? null;
  const checkProgress = isChecking ? progress : null;
  const checkError = own !== null && brought.isError ? brought.error.message : null;
  const isLoading = own === null && builtin.isPending;
  const isRetrying = builtin.isFetching;
  // The same object until something in it changes: the views' selectors are memoised on it.
  return useMemo(
    () => ({
      dataset,
      own: ownDataset !== undefined,
      isChecking,
      checkProgress,
      checkError,
      isLoading,
      errors: error === null ? [] : error instanceof LoadErrors ? error.messages : [error.message],
      retry: () => void refetch(),
      isRetrying,
    }),
    [
      dataset,
      ownDataset,
      isChecking,
      checkProgress,
      checkError,
      isLoading,
      error,
      refetch,
      isRetrying,
    ],
  );
}

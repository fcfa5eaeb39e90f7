import { useQuery } from '@tanstack/react-query';
import { builtinDatasetQuery, LoadErrors } from '../data/builtin-dataset-query';
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
  const error = builtin.error;
  return {
    // While someone's files are being checked, what was shown stays on screen.
    dataset: ownDataset ?? builtin.data ?? null,
    own: ownDataset !== undefined,
    isChecking,
    checkProgress: isChecking ? progress : null,
    checkError: own !== null && brought.isError ? brought.error.message : null,
    isLoading: own === null && builtin.isPending,
    errors: error === null ? [] : error instanceof LoadErrors ? error.messages : [error.message],
    retry: () => void builtin.refetch(),
    isRetrying: builtin.isFetching,
  };
}

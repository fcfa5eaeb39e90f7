import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { organisationsQuery } from '../data/organisations-query';
import { pairingsQuery } from '../data/pairings-query';
import {
  assembleDataset,
  validateOrganisationsCsv,
  validatePairingsCsv,
} from '../data/validate-dataset';
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
  // Someone's own files are checked with exactly the rules of the built-in data.
  const brought = useMemo(
    () =>
      own === null
        ? null
        : assembleDataset(
            validateOrganisationsCsv(own.organisations),
            validatePairingsCsv(own.pairings),
          ),
    [own],
  );
  const failed = [organisations, pairings].filter((query) => query.isError);
  return {
    dataset: brought ?? builtin,
    own: own !== null,
    isLoading: own === null && (organisations.isPending || pairings.isPending),
    errors: own === null ? failed.map((query) => query.error?.message ?? 'Unknown error') : [],
    retry: () => {
      for (const query of failed) void query.refetch();
    },
    isRetrying: organisations.isFetching || pairings.isFetching,
  };
}

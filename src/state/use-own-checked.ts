import { useQuery } from '@tanstack/react-query';
import { ownDatasetQuery } from '../data/own-dataset-query';
import { useDataSource } from './data-source-context';

/** Someone's checked files while they are on screen; undefined while checking or when not shown. */
export function useOwnChecked() {
  const source = useDataSource();
  const own = source.showOwn ? source.own : null;
  const checked = useQuery(ownDatasetQuery(own));
  return { showingOwn: own !== null, checked: checked.data ?? undefined };
}

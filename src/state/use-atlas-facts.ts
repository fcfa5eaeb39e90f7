import { useMemo } from 'react';
import { datasetIssues } from '../data/dataset-issues';
import type { Dataset } from '../data/validate-dataset';
import { deriveAtlasFacts, type AreaIndexes, type AtlasFacts } from '../domain/derive-facts';
import { BOUNDARY_LAYERS } from '../domain/geo/boundaries';
import { indexAreas } from '../domain/geo/containing-area';
import type { BoundariesState } from './use-boundaries';

export function useAtlasFacts(dataset: Dataset | null, boundaries: BoundariesState) {
  const { collections } = boundaries;
  const indexes = useMemo(() => {
    const built: AreaIndexes = {};
    for (const layer of BOUNDARY_LAYERS) {
      const collection = collections[layer];
      if (collection !== undefined) built[layer] = indexAreas(collection);
    }
    return built;
  }, [collections]);

  return useMemo((): { facts: AtlasFacts; issues: Dataset['issues'] } | null => {
    if (dataset === null || boundaries.isLoading) return null;
    const facts = deriveAtlasFacts(dataset.organisations, dataset.pairings, indexes);
    return {
      facts,
      issues: datasetIssues(dataset, facts.organisations),
    };
  }, [dataset, indexes, boundaries.isLoading]);
}

import type { OrganisationFacts } from '../domain/derive-facts';
import { areaIssues } from './area-issues';
import type { Dataset } from './validate-dataset';
import type { ValidationIssue } from './validation-issue';

/**
 * Every problem reported for a dataset, the same in the browser and on the command line: its
 * files' own (from validateOwn), then typed areas that disagree with the boundaries, which need
 * the sites placed in their areas first.
 */
export function datasetIssues(
  dataset: Dataset,
  organisations: OrganisationFacts[],
): ValidationIssue[] {
  return [...dataset.issues, ...areaIssues(organisations, dataset.organisationRows)];
}

import { areaWarnings } from '../domain/area-warnings';
import type { OrganisationFacts } from '../domain/derive-facts';
import { ORGANISATIONS_FILE } from './data-files';
import type { ValidationIssue } from './validation-issue';

/** Typed STP/ICB names that disagree with the site's point-in-polygon area, as data warnings. */
export function areaIssues(
  facts: OrganisationFacts[],
  organisationRows: Map<string, number>,
): ValidationIssue[] {
  return areaWarnings(facts).map((warning) => ({
    severity: 'warning',
    file: ORGANISATIONS_FILE,
    row: organisationRows.get(warning.organisationId) ?? null,
    column: warning.column,
    value: warning.typed,
    message: warning.message,
  }));
}

import { sameAreaName } from './area-names';
import type { OrganisationFacts } from './derive-facts';

export interface AreaWarning {
  organisationId: string;
  column: 'stp' | 'icb_2022';
  typed: string;
  found: string | null;
  message: string;
}

/** The typed stp/icb_2022 columns are checked against where the site actually falls. */
export function areaWarnings(facts: OrganisationFacts[]): AreaWarning[] {
  const warnings: AreaWarning[] = [];
  for (const { organisation, areas } of facts) {
    const checks = [
      { column: 'stp', typed: organisation.stp, area: areas.stp, what: 'STP (April 2021)' },
      { column: 'icb_2022', typed: organisation.icb2022, area: areas.icb, what: 'ICB (July 2022)' },
    ] as const;
    for (const { column, typed, area, what } of checks) {
      // Regional services (ambulance trusts) span several areas and say so in the typed value.
      if (typed === null || area === undefined || /^multiple\b/i.test(typed)) continue;
      if (area !== null && sameAreaName(typed, area.name)) continue;
      warnings.push({
        organisationId: organisation.id,
        column,
        typed,
        found: area?.name ?? null,
        message:
          area === null
            ? `the site lies outside every ${what} boundary, so the typed value cannot be checked`
            : `the site lies in the ${what} "${area.name}", which does not match the typed value`,
      });
    }
  }
  return warnings;
}

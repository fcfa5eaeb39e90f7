import type { OrganisationFacts } from './derive-facts';
import { SECTORS, type Sector } from './model';

/** NHS regions that hold at least one site, for the region filter. */
export function regionOptions(organisations: OrganisationFacts[]): string[] {
  const names = new Set<string>();
  for (const { areas } of organisations) if (areas.region) names.add(areas.region.name);
  return [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The sectors the data hold, in the usual order ("unknown" only where opened data leave it out). */
export function sectorOptions(organisations: OrganisationFacts[]): Sector[] {
  const present = new Set(organisations.map(({ organisation }) => organisation.sector));
  return SECTORS.filter((sector) => present.has(sector));
}

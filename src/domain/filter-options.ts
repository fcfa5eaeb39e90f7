import type { OrganisationFacts } from './derive-facts';

/** NHS regions that hold at least one site, for the region filter. */
export function regionOptions(organisations: OrganisationFacts[]): string[] {
  const names = new Set<string>();
  for (const { areas } of organisations) if (areas.region) names.add(areas.region.name);
  return [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

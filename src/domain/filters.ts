import type { OrganisationFacts, PairingFacts } from './derive-facts';
import type { Factor } from './factors';
import type { PairingStatus, Role, Sector } from './model';
import { vendorGroup } from './vendors';

export type FactorRequirement = 'yes' | 'no';

export interface Filters {
  /** Each list: empty means "no restriction". */
  sectors: Sector[];
  roles: Role[];
  statuses: PairingStatus[];
  vendors: string[];
  regions: string[];
  factors: Partial<Record<Factor, FactorRequirement>>;
  /** Inclusive, in km; null bounds are open. */
  minKm: number | null;
  maxKm: number | null;
}

export const NO_FILTERS: Filters = {
  sectors: [],
  roles: [],
  statuses: [],
  vendors: [],
  regions: [],
  factors: {},
  minKm: null,
  maxKm: null,
};

export const NO_SINGLE_VENDOR_KEY = 'no-single-vendor';
export const UNKNOWN_VENDOR_KEY = 'unknown';

/** The key a vendor filter and the legend use: the vendor's name, or its group for the greys. */
export function vendorKey(vendor: string): string {
  const group = vendorGroup(vendor);
  if (group === 'unknown') return UNKNOWN_VENDOR_KEY;
  if (group === 'no-single-vendor') return NO_SINGLE_VENDOR_KEY;
  return vendor;
}

export function countActiveFilters(filters: Filters): number {
  return (
    [filters.sectors, filters.roles, filters.statuses, filters.vendors, filters.regions].filter(
      (list) => list.length > 0,
    ).length +
    Object.keys(filters.factors).length +
    (filters.minKm === null && filters.maxKm === null ? 0 : 1)
  );
}

function allows<T>(list: readonly T[], value: T): boolean {
  return list.length === 0 || list.includes(value);
}

function regionOf(facts: OrganisationFacts): string | null {
  return facts.areas.region?.name ?? null;
}

function matchesSectorAndRole({ organisation }: OrganisationFacts, filters: Filters): boolean {
  return allows(filters.sectors, organisation.sector) && allows(filters.roles, organisation.role);
}

function matchesVendorAndRegion(facts: OrganisationFacts, filters: Filters): boolean {
  return (
    allows(filters.vendors, vendorKey(facts.organisation.coreVendor)) &&
    (filters.regions.length === 0 || filters.regions.includes(regionOf(facts) ?? ''))
  );
}

function pairingMatches(facts: PairingFacts, filters: Filters): boolean {
  const { pairing } = facts;
  if (!allows(filters.sectors, pairing.sector) || !allows(filters.statuses, pairing.status))
    return false;
  if (filters.minKm !== null && facts.distanceKm < filters.minKm) return false;
  if (filters.maxKm !== null && facts.distanceKm > filters.maxKm) return false;
  for (const [factor, required] of Object.entries(filters.factors) as [
    Factor,
    FactorRequirement,
  ][]) {
    if (facts.factors[factor] !== required) return false;
  }
  // Vendor and region describe organisations: a pairing stays when either partner matches.
  const partners = [facts.gde, facts.ff];
  if (
    filters.vendors.length > 0 &&
    !partners.some((p) => filters.vendors.includes(vendorKey(p.organisation.coreVendor)))
  )
    return false;
  if (
    filters.regions.length > 0 &&
    !partners.some((p) => filters.regions.includes(regionOf(p) ?? ''))
  )
    return false;
  return true;
}

/** Filters that only pairings have: when one is set, organisations outside the matching pairings go. */
function hasPairingOnlyFilter(filters: Filters): boolean {
  return (
    filters.statuses.length > 0 ||
    Object.keys(filters.factors).length > 0 ||
    filters.minKm !== null ||
    filters.maxKm !== null
  );
}

export interface FilteredFacts {
  organisations: OrganisationFacts[];
  pairings: PairingFacts[];
}

/**
 * One rule for map, tables and charts. A pairing passes on its own facts; vendor and region pass
 * when either partner matches. An organisation shows when it is in a passing pairing (so "what
 * did Cerner sites pair with?" shows the partners too), or, while no pairing-only filter is set,
 * when it matches the vendor and region filters itself. Sector and role always apply to sites.
 */
export function applyFilters(
  organisations: OrganisationFacts[],
  pairings: PairingFacts[],
  filters: Filters,
): FilteredFacts {
  const keptPairings = pairings.filter((facts) => pairingMatches(facts, filters));
  const members = new Set(keptPairings.flatMap(({ pairing }) => [pairing.gdeId, pairing.ffId]));
  const pairingOnly = hasPairingOnlyFilter(filters);
  const keptOrganisations = organisations.filter(
    (facts) =>
      matchesSectorAndRole(facts, filters) &&
      (members.has(facts.organisation.id) ||
        (!pairingOnly && matchesVendorAndRegion(facts, filters))),
  );
  return { organisations: keptOrganisations, pairings: keptPairings };
}

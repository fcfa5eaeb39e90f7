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

function regionOf(facts: OrganisationFacts): string | null {
  return facts.areas.region?.name ?? null;
}

/** A list filter as a test: empty means "no restriction". */
function allowing<T>(list: readonly T[]): (value: T) => boolean {
  if (list.length === 0) return () => true;
  const allowed = new Set(list);
  return (value) => allowed.has(value);
}

/**
 * A test on an organisation, worked out once per organisation: at national scale each one is a
 * partner in tens of pairings.
 */
function oncePerOrganisation(test: (facts: OrganisationFacts) => boolean) {
  const known = new Map<OrganisationFacts, boolean>();
  return (facts: OrganisationFacts) => {
    let passes = known.get(facts);
    if (passes === undefined) {
      passes = test(facts);
      known.set(facts, passes);
    }
    return passes;
  };
}

/** The filters as tests, built once per filtering rather than once per pairing. */
function compileFilters(filters: Filters) {
  const sector = allowing(filters.sectors);
  const role = allowing(filters.roles);
  const status = allowing(filters.statuses);
  const vendor = allowing(filters.vendors);
  const region = allowing(filters.regions);
  const factors = Object.entries(filters.factors) as [Factor, FactorRequirement][];
  const vendorMatches = oncePerOrganisation((facts) =>
    vendor(vendorKey(facts.organisation.coreVendor)),
  );
  const regionMatches = oncePerOrganisation((facts) => region(regionOf(facts) ?? ''));
  const { minKm, maxKm } = filters;
  const pairing = (facts: PairingFacts): boolean => {
    const { pairing } = facts;
    if (!sector(pairing.sector) || !status(pairing.status)) return false;
    if (minKm !== null && facts.distanceKm < minKm) return false;
    if (maxKm !== null && facts.distanceKm > maxKm) return false;
    for (const [factor, required] of factors) {
      if (facts.factors[factor] !== required) return false;
    }
    // Vendor and region describe organisations: a pairing stays when either partner matches.
    if (filters.vendors.length > 0 && !vendorMatches(facts.gde) && !vendorMatches(facts.ff))
      return false;
    if (filters.regions.length > 0 && !regionMatches(facts.gde) && !regionMatches(facts.ff))
      return false;
    return true;
  };
  return {
    pairing,
    sectorAndRole: ({ organisation }: OrganisationFacts) =>
      sector(organisation.sector) && role(organisation.role),
    vendorAndRegion: (facts: OrganisationFacts) => vendorMatches(facts) && regionMatches(facts),
  };
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
  const test = compileFilters(filters);
  const keptPairings = pairings.filter(test.pairing);
  const members = new Set<string>();
  for (const { pairing } of keptPairings) {
    members.add(pairing.gdeId);
    members.add(pairing.ffId);
  }
  const pairingOnly = hasPairingOnlyFilter(filters);
  const keptOrganisations = organisations.filter(
    (facts) =>
      test.sectorAndRole(facts) &&
      (members.has(facts.organisation.id) || (!pairingOnly && test.vendorAndRegion(facts))),
  );
  return { organisations: keptOrganisations, pairings: keptPairings };
}

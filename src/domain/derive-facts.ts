import { alignedFactors, type Factor, type FactorValues } from './factors';
import type { Area, BoundaryLayerId } from './geo/boundaries';
import type { AreaIndex } from './geo/containing-area';
import { greatCircleKm, kmToMiles } from './geo/distance';
import { mergerBetween } from './mergers';
import type { Organisation, Pairing, TriState } from './model';
import { vendorGroup } from './vendors';

export type AreaIndexes = Partial<Record<BoundaryLayerId, AreaIndex>>;

/** undefined: that boundary layer is not loaded; null: the site lies outside every area of it. */
type SiteAreas = Record<BoundaryLayerId, Area | null | undefined>;

export interface OrganisationFacts {
  organisation: Organisation;
  areas: SiteAreas;
}

export interface PairingFacts {
  pairing: Pairing;
  gde: OrganisationFacts;
  ff: OrganisationFacts;
  distanceKm: number;
  distanceMiles: number;
  sameIcs: TriState;
  sameStp2021: TriState;
  sameRegion: TriState;
  sameVendor: TriState;
  /** YYYY-MM when the two organisations merged with each other, if either records it. */
  partnerMergerMonth: string | null;
  factors: FactorValues;
  aligned: Factor[];
}

function siteAreas(organisation: Organisation, indexes: AreaIndexes): SiteAreas {
  return {
    icb: indexes.icb?.find(organisation),
    stp: indexes.stp?.find(organisation),
    region: indexes.region?.find(organisation),
  };
}

export function sameArea(a: Area | null | undefined, b: Area | null | undefined): TriState {
  if (a === undefined || b === undefined || a === null || b === null) return 'unknown';
  return a.code === b.code ? 'yes' : 'no';
}

export function sameVendor(a: Organisation, b: Organisation): TriState {
  const groups = [vendorGroup(a.coreVendor), vendorGroup(b.coreVendor)];
  if (groups.includes('unknown')) return 'unknown';
  if (groups.every((group) => group === 'named')) {
    return a.coreVendor.toLowerCase() === b.coreVendor.toLowerCase() ? 'yes' : 'no';
  }
  return 'no';
}

function derivePairingFacts(
  pairing: Pairing,
  gde: OrganisationFacts,
  ff: OrganisationFacts,
): PairingFacts {
  const distanceKm = greatCircleKm(gde.organisation, ff.organisation);
  const sameIcs = sameArea(gde.areas.icb, ff.areas.icb);
  const sameStp2021 = sameArea(gde.areas.stp, ff.areas.stp);
  const factors: FactorValues = {
    same_platform: pairing.sameCoreSystem,
    same_ics: sameIcs,
    same_stp: sameStp2021,
    prior_relationship: pairing.priorRelationship,
    merged_with_partner: pairing.mergedWithPartner,
  };
  return {
    pairing,
    gde,
    ff,
    distanceKm,
    distanceMiles: kmToMiles(distanceKm),
    sameIcs,
    sameStp2021,
    sameRegion: sameArea(gde.areas.region, ff.areas.region),
    sameVendor: sameVendor(gde.organisation, ff.organisation),
    partnerMergerMonth: mergerBetween(gde.organisation, ff.organisation)?.month ?? null,
    factors,
    aligned: alignedFactors(factors),
  };
}

export interface AtlasFacts {
  organisations: OrganisationFacts[];
  pairings: PairingFacts[];
}

export function deriveAtlasFacts(
  organisations: Organisation[],
  pairings: Pairing[],
  indexes: AreaIndexes,
): AtlasFacts {
  const byId = new Map<string, OrganisationFacts>();
  for (const organisation of organisations) {
    byId.set(organisation.id, { organisation, areas: siteAreas(organisation, indexes) });
  }
  const pairingFacts: PairingFacts[] = [];
  for (const pairing of pairings) {
    const gde = byId.get(pairing.gdeId);
    const ff = byId.get(pairing.ffId);
    if (gde !== undefined && ff !== undefined)
      pairingFacts.push(derivePairingFacts(pairing, gde, ff));
  }
  return { organisations: [...byId.values()], pairings: pairingFacts };
}

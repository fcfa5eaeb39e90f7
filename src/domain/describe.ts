import type { OrganisationFacts, PairingFacts } from './derive-facts';
import { SECTOR_LABELS, formatKm, formatMiles, formatMonth, formatVendor } from './format';
import type { Organisation, TriState } from './model';

const ROLE_NAMES = { GDE: 'global digital exemplar', FF: 'fast follower' } as const;

function areaClause(value: TriState, what: string): string {
  if (value === 'yes') return `in the same ${what}`;
  if (value === 'no') return `in different ${what}s`;
  return `in an unknown ${what} relationship`;
}

function vendorSentence(facts: PairingFacts): string {
  const gde = facts.gde.organisation;
  const ff = facts.ff.organisation;
  if (facts.sameVendor === 'yes') return `Both ran ${formatVendor(gde.coreVendor)}.`;
  return `The exemplar ran ${formatVendor(gde.coreVendor)} and the follower ${formatVendor(ff.coreVendor)}.`;
}

function statusSentence(facts: PairingFacts): string {
  switch (facts.pairing.status) {
    case 'active':
      return 'The pairing went ahead.';
    case 'merged':
      return 'The two organisations later merged.';
    case 'dropped':
      return 'The pairing was dropped before it started.';
    case 'unknown':
      return 'The pairing was proposed; no source confirms that it went ahead.';
  }
}

/** One plain-English paragraph that a policy maker can read aloud. */
export function describePairing(facts: PairingFacts): string {
  const { pairing } = facts;
  const gde = facts.gde.organisation;
  const ff = facts.ff.organisation;
  const announced =
    pairing.announced === null
      ? 'announcement date unknown'
      : `announced ${formatMonth(pairing.announced)}`;
  return [
    `${gde.name} (exemplar) was paired with ${ff.name} (fast follower) in the ${SECTOR_LABELS[pairing.sector]} sector, ${announced}.`,
    `Their main sites are ${formatKm(facts.distanceKm)} (${formatMiles(facts.distanceMiles)}) apart, ${areaClause(facts.sameIcs, 'ICS')} (July 2022) and ${areaClause(facts.sameStp2021, 'STP')} (April 2021).`,
    vendorSentence(facts),
    statusSentence(facts),
    pairing.mergedWithPartner === 'yes' && pairing.status !== 'merged'
      ? 'The two organisations, or parts of them, later merged.'
      : null,
  ]
    .filter((sentence): sentence is string => sentence !== null)
    .join(' ');
}

function mergerSentence(organisation: Organisation, nameOf: (id: string) => string): string | null {
  if (organisation.mergerWith.length === 0) return null;
  const partners = organisation.mergerWith.map(nameOf).join(' and ');
  const dates = organisation.mergerDate.map(formatMonth).join(' and ');
  return `It merged with ${partners}${dates === '' ? '' : ` (${dates})`}.`;
}

export function externalName(id: string): string {
  const name = id.replace(/^ext:/, '').replace(/_/g, ' ');
  return name
    .replace(/\bnhs\b/g, 'NHS')
    .replace(/\bft\b/g, 'FT')
    .replace(/^\w/, (c) => c.toUpperCase());
}

export function describeOrganisation(
  facts: OrganisationFacts,
  nameOf: (id: string) => string,
): string {
  const { organisation, areas } = facts;
  const announced =
    organisation.announced === null ? '' : `, announced ${formatMonth(organisation.announced)}`;
  const where =
    areas.icb === undefined
      ? ''
      : ` in ${areas.icb?.name ?? 'no ICB area (outside the boundaries)'}`;
  return [
    `${organisation.name} was a ${ROLE_NAMES[organisation.role]} in the ${SECTOR_LABELS[organisation.sector]} sector${announced}.`,
    `Its main site is ${organisation.siteName}${where}.`,
    `Core system: ${formatVendor(organisation.coreVendor)}${organisation.coreProduct === null ? '' : ` (${organisation.coreProduct})`}.`,
    mergerSentence(organisation, nameOf),
    organisation.successor === null
      ? null
      : `Its services are now run by ${organisation.successor}.`,
  ]
    .filter((sentence): sentence is string => sentence !== null)
    .join(' ');
}

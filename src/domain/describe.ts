import type { OrganisationFacts, PairingFacts } from './derive-facts';
import { SECTOR_LABELS, formatKm, formatMiles, formatMonth, formatVendor } from './format';
import { mergerTiming, organisationMergers } from './mergers';
import type { Organisation, Sector, TriState } from './model';

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

/**
 * "merged in January 2025 (after the evaluation, published August 2021)", or "later merged" when no
 * date is recorded. `published` is the evaluation's month, or null where no evaluation applies.
 */
function mergedWhen(month: string | null, published: string | null): string {
  if (month === null) return 'later merged';
  const after =
    published !== null && mergerTiming(month, published) === 'after-publication'
      ? ` (after the evaluation, published ${formatMonth(published)})`
      : '';
  return `merged in ${formatMonth(month)}${after}`;
}

function statusSentence(facts: PairingFacts, published: string | null): string {
  switch (facts.pairing.status) {
    case 'active':
      return 'The pairing went ahead.';
    case 'merged':
      return `The two organisations ${mergedWhen(facts.partnerMergerMonth, published)}.`;
    case 'dropped':
      return 'The pairing was dropped before it started.';
    case 'unknown':
      return 'The pairing was proposed; no source confirms that it went ahead.';
  }
}

/** One plain-English paragraph that a policy maker can read aloud. */
export function describePairing(facts: PairingFacts, published: string | null = null): string {
  const { pairing } = facts;
  const gde = facts.gde.organisation;
  const ff = facts.ff.organisation;
  const announced =
    pairing.announced === null
      ? 'announcement date unknown'
      : `announced ${formatMonth(pairing.announced)}`;
  return [
    `${gde.name} (exemplar) was paired with ${ff.name} (fast follower)${sectorClause(pairing.sector)}, ${announced}.`,
    facts.gde.areas.icb === null || facts.ff.areas.icb === null
      ? `Their main sites are ${formatKm(facts.distanceKm)} (${formatMiles(facts.distanceMiles)}) apart; ICSs and STPs do not apply outside England.`
      : `Their main sites are ${formatKm(facts.distanceKm)} (${formatMiles(facts.distanceMiles)}) apart, ${areaClause(facts.sameIcs, 'ICS')} (July 2022) and ${areaClause(facts.sameStp2021, 'STP')} (April 2021).`,
    vendorSentence(facts),
    statusSentence(facts, published),
    pairing.mergedWithPartner === 'yes' && pairing.status !== 'merged'
      ? `The two organisations, or parts of them, ${mergedWhen(facts.partnerMergerMonth, published)}.`
      : null,
  ]
    .filter((sentence): sentence is string => sentence !== null)
    .join(' ');
}

function mergerSentence(
  organisation: Organisation,
  nameOf: (id: string) => string,
  published: string | null,
): string | null {
  const mergers = organisationMergers(organisation);
  if (mergers.length === 0) return null;
  const parts = mergers.map(({ partner, month }) => {
    const when = mergedWhen(month, published).replace(/^(later )?merged/, '');
    return `${nameOf(partner)}${when}`;
  });
  return `It merged with ${parts.join(' and with ')}.`;
}

const LOWER_CASE_WORDS = new Set(['and', 'of', 'the', 'for']);

/** ext:manchester_university_nhs_ft → "Manchester University NHS FT". */
export function externalName(id: string): string {
  return id
    .replace(/^ext:/, '')
    .split('_')
    .map((word, index) => {
      if (word === 'nhs' || word === 'ft') return word.toUpperCase();
      if (index > 0 && LOWER_CASE_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

export function describeOrganisation(
  facts: OrganisationFacts,
  nameOf: (id: string) => string,
  published: string | null = null,
): string {
  const { organisation, areas } = facts;
  const announced =
    organisation.announced === null ? '' : `, announced ${formatMonth(organisation.announced)}`;
  const where =
    areas.icb === undefined
      ? ''
      : areas.icb === null
        ? ' outside England (no ICB)'
        : ` in ${areas.icb.name}`;
  return [
    `${organisation.name} was a ${ROLE_NAMES[organisation.role]}${sectorClause(organisation.sector)}${announced}.`,
    organisation.siteName === ''
      ? where === ''
        ? null
        : `It is${where}.`
      : `Its main site is ${organisation.siteName}${where}.`,
    `Core system: ${formatVendor(organisation.coreVendor)}${organisation.coreProduct === null ? '' : ` (${organisation.coreProduct})`}.`,
    mergerSentence(organisation, nameOf, published),
    organisation.successor === null
      ? null
      : `Its services are now run by ${organisation.successor}.`,
  ]
    .filter((sentence): sentence is string => sentence !== null)
    .join(' ');
}

function sectorClause(sector: Sector): string {
  return sector === 'unknown' ? ' (sector not given)' : ` in the ${SECTOR_LABELS[sector]} sector`;
}

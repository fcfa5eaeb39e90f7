import type { OrganisationFacts } from '../derive-facts';
import { sameArea, sameVendor } from '../derive-facts';
import { formatVendor } from '../format';
import { greatCircleKm } from '../geo/distance';
import type { TriState } from '../model';
import { SCORED_FACTORS, type ScoredFactor, type Weights } from './weights';

/** At this distance the distance factor scores one half; it falls smoothly, never to zero. */
const HALF_SCORE_KM = 160;

/** Closeness in [0, 1]: 1 at 0 km, ½ at 160 km, strictly decreasing (160 / (160 + km)). */
export const distanceScore = (km: number) => HALF_SCORE_KM / (HALF_SCORE_KM + Math.max(0, km));

interface FactorScore {
  factor: ScoredFactor;
  /** In [0, 1]; an unknown counts 0, never as a match. */
  value: number;
  state: TriState;
  points: number;
  /** "same platform (Cerner) +3", "41 km +1.6", "ICS unknown 0". */
  words: string;
}

export interface Candidate {
  facts: OrganisationFacts;
  distanceKm: number;
  factors: FactorScore[];
  score: number;
  /** 1 for the best-aligned; ties are broken by distance, then name. */
  rank: number;
}

const AREA_WORDS = { ics: 'ICS', stp: 'STP', region: 'NHS region' } as const;
const AREA_LAYER = { ics: 'icb', stp: 'stp', region: 'region' } as const;

const points = (value: number) =>
  value === 0 ? '0' : `+${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}`;

/** Whether two organisations share a platform or an area (distance is always known). */
function factorState(
  factor: Exclude<ScoredFactor, 'distance'>,
  chosen: OrganisationFacts,
  other: OrganisationFacts,
): TriState {
  return factor === 'platform'
    ? sameVendor(chosen.organisation, other.organisation)
    : sameArea(chosen.areas[AREA_LAYER[factor]], other.areas[AREA_LAYER[factor]]);
}

function factorScore(
  factor: ScoredFactor,
  chosen: OrganisationFacts,
  other: OrganisationFacts,
  km: number,
  weights: Weights,
): FactorScore {
  const weight = weights[factor];
  if (factor === 'distance') {
    const value = distanceScore(km);
    return {
      factor,
      value,
      state: 'yes',
      points: weight * value,
      words: `${Math.round(km).toLocaleString('en-GB')} km ${points(weight * value)}`,
    };
  }
  const state = factorState(factor, chosen, other);
  const value = state === 'yes' ? 1 : 0;
  const name = factor === 'platform' ? 'platform' : AREA_WORDS[factor];
  const words =
    state === 'yes'
      ? factor === 'platform'
        ? `same platform (${formatVendor(chosen.organisation.coreVendor)}) ${points(weight)}`
        : `same ${name} ${points(weight)}`
      : state === 'no'
        ? `different ${name} 0`
        : `${name} unknown 0`;
  return { factor, value, state, points: weight * value, words };
}

/** One candidate scored in full (factors in words), its rank not yet known. */
function scoreCandidate(
  chosen: OrganisationFacts,
  facts: OrganisationFacts,
  weights: Weights,
): Candidate {
  const distanceKm = greatCircleKm(chosen.organisation, facts.organisation);
  const factors = SCORED_FACTORS.map((factor) =>
    factorScore(factor, chosen, facts, distanceKm, weights),
  );
  return {
    facts,
    distanceKm,
    factors,
    score: factors.reduce((sum, { points: value }) => sum + value, 0),
    rank: 0,
  };
}

type Ranked = { score: number; distanceKm: number; facts: OrganisationFacts };

/** The finder's order: higher score first, then the nearer, then by name. */
function compareCandidates(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    a.distanceKm - b.distanceKm ||
    a.facts.organisation.name.localeCompare(b.facts.organisation.name, 'en-GB')
  );
}

/** Whether `other` may partner `chosen`: the other role, and the same sector unless widened. */
function isCandidate(
  chosen: OrganisationFacts,
  other: OrganisationFacts,
  allSectors: boolean,
): boolean {
  const { role, sector, id } = chosen.organisation;
  return (
    other.organisation.id !== id &&
    other.organisation.role !== role &&
    (allSectors || other.organisation.sector === sector)
  );
}

/**
 * Every organisation of the other role (in the same sector unless `allSectors`), scored on the
 * evaluation's factors under these weights and ranked: the what-if lens of DESIGN §7.
 */
export function rankCandidates(
  chosen: OrganisationFacts,
  organisations: readonly OrganisationFacts[],
  weights: Weights,
  { allSectors = false }: { allSectors?: boolean } = {},
): Candidate[] {
  const scored = organisations
    .filter((other) => isCandidate(chosen, other, allSectors))
    .map((facts) => scoreCandidate(chosen, facts, weights));
  scored.sort(compareCandidates);
  return scored.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}

/** "same platform (Cerner) +3, 41 km +1.6, different ICS 0": a score in words (weights above 0). */
export function scoreInWords(candidate: Candidate, weights: Weights): string {
  return candidate.factors
    .filter(({ factor }) => weights[factor] > 0)
    .map(({ words }) => words)
    .join(', ');
}

import type { OrganisationFacts, PairingFacts } from '../derive-facts';
import { round, toCsv } from '../export-csv';
import { scoreInWords, type Candidate } from './candidates';
import type { PlanEntry } from './programme-matrix';
import { realPairings } from './real-pairings';
import type { Weights } from './weights';

export const CANDIDATE_COLUMNS = [
  'rank',
  'id',
  'name',
  'role',
  'sector',
  'core_vendor',
  'distance_km',
  'same_platform',
  'same_ics_2022',
  'same_stp_2021',
  'same_region',
  'score',
  'score_in_words',
  'actual_partner',
];

const FACTOR_COLUMNS = {
  platform: 'same_platform',
  ics: 'same_ics_2022',
  stp: 'same_stp_2021',
  region: 'same_region',
} as const;

export function candidatesCsv(
  candidates: readonly Candidate[],
  actual: ReadonlyMap<string, PairingFacts>,
  weights: Weights,
): string {
  return toCsv(
    candidates.map((candidate) => {
      const { organisation } = candidate.facts;
      const row: Record<string, string | number> = {
        rank: candidate.rank,
        id: organisation.id,
        name: organisation.name,
        role: organisation.role,
        sector: organisation.sector,
        core_vendor: organisation.coreVendor,
        distance_km: round(candidate.distanceKm, 1),
        score: round(candidate.score, 2),
        score_in_words: scoreInWords(candidate, weights),
        actual_partner: actual.get(organisation.id)?.pairing.status ?? '',
      };
      for (const { factor, state } of candidate.factors)
        if (factor !== 'distance') row[FACTOR_COLUMNS[factor]] = state;
      return row;
    }),
    CANDIDATE_COLUMNS,
  );
}

export const PLAN_COLUMNS = [
  'ff_id',
  'ff_name',
  'suggested_gde_id',
  'suggested_gde_name',
  'score',
  'distance_km',
  'real_gde_ids',
];

/** The plan, one row per follower, each beside the exemplars it really had. */
export function planCsv(
  plan: readonly PlanEntry[],
  byId: ReadonlyMap<string, OrganisationFacts>,
  pairings: readonly PairingFacts[],
): string {
  const realExemplars = new Map<string, string[]>();
  for (const { pairing } of realPairings(pairings))
    realExemplars.set(pairing.ffId, [...(realExemplars.get(pairing.ffId) ?? []), pairing.gdeId]);
  return toCsv(
    plan.map(({ followerId, exemplarId, score, km }) => ({
      ff_id: followerId,
      ff_name: byId.get(followerId)?.organisation.name ?? '',
      suggested_gde_id: exemplarId ?? '',
      suggested_gde_name:
        exemplarId === null ? '' : (byId.get(exemplarId)?.organisation.name ?? ''),
      score: score === null ? '' : round(score, 2),
      distance_km: km === null ? '' : round(km, 1),
      real_gde_ids: (realExemplars.get(followerId) ?? []).join(' '),
    })),
    PLAN_COLUMNS,
  );
}

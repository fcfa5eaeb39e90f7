import type { OrganisationFacts, PairingFacts } from '../derive-facts';
import { assignFollowers } from './assignment';
import {
  compareCandidates,
  isCandidate,
  quickScore,
  rankCandidates,
  scoreCandidate,
  type Candidate,
} from './candidates';
import { MAX_WEIGHT, type Weights } from './weights';

/** Pairings that happened (active or merged): the real choices the finder is compared with. */
const REAL_STATUSES = new Set(['active', 'merged']);

export const realPairings = (pairings: readonly PairingFacts[]) =>
  pairings.filter(({ pairing }) => REAL_STATUSES.has(pairing.status));

/**
 * Followers × exemplars beyond which the programme view (ranks, plan, grid) would hold the page
 * for seconds: at national scale it needs a worker, which is not built yet.
 */
export const PROGRAMME_LIMIT = 400_000;

export function exceedsProgrammeLimit(
  organisations: readonly OrganisationFacts[],
  pairings: readonly PairingFacts[],
): boolean {
  const followers = new Set(realPairings(pairings).map(({ pairing }) => pairing.ffId)).size;
  const exemplars = organisations.filter(({ organisation }) => organisation.role === 'GDE').length;
  return followers * exemplars > PROGRAMME_LIMIT;
}

export interface FollowerRank {
  pairing: PairingFacts;
  /** Where the real exemplar came among the follower's candidates (1 = best-aligned). */
  rank: number;
  candidates: number;
  best: Candidate;
  /** The real exemplar, scored as a candidate. */
  actual: Candidate;
}

/**
 * For every follower in a real pairing, where its actual exemplar ranks among the exemplars of
 * its sector under these weights (among all sectors if the pairing crossed them). Ranks are
 * worked out once per follower, and only the best and the actual exemplar are scored in words, so the
 * national scale (thousands of followers × thousands of exemplars) stays well under a second.
 */
export function realPairingRanks(
  organisations: readonly OrganisationFacts[],
  pairings: readonly PairingFacts[],
  weights: Weights,
): FollowerRank[] {
  // Each follower's candidates are scored and sorted once, however many real pairings it has.
  const rankedFor = new Map<
    string,
    { order: ReturnType<typeof quickScore>[]; at: Map<string, number> }
  >();
  return realPairings(pairings).flatMap((pairing) => {
    const follower = pairing.ff;
    const crosses = pairing.gde.organisation.sector !== follower.organisation.sector;
    const key = `${follower.organisation.id}\u0000${crosses}`;
    let ranked = rankedFor.get(key);
    if (ranked === undefined) {
      const order = organisations
        .filter((other) => isCandidate(follower, other, crosses))
        .map((other) => quickScore(follower, other, weights))
        .sort(compareCandidates);
      ranked = {
        order,
        at: new Map(order.map(({ facts }, index) => [facts.organisation.id, index])),
      };
      rankedFor.set(key, ranked);
    }
    const index = ranked.at.get(pairing.gde.organisation.id);
    const best = ranked.order[0];
    if (index === undefined || best === undefined) return [];
    const rank = index + 1;
    return [
      {
        pairing,
        rank,
        candidates: ranked.order.length,
        best: { ...scoreCandidate(follower, best.facts, weights), rank: 1 },
        actual: { ...scoreCandidate(follower, pairing.gde, weights), rank },
      },
    ];
  });
}

/** "Which weightings do the real pairings resemble?": the share ranked first, per grid cell. */
export function sensitivityGrid(
  organisations: readonly OrganisationFacts[],
  pairings: readonly PairingFacts[],
  weights: Weights,
): { platform: number; distance: number; share: number }[] {
  const cells: { platform: number; distance: number; share: number }[] = [];
  for (let platform = 0; platform <= MAX_WEIGHT; platform += 1)
    for (let distance = 0; distance <= MAX_WEIGHT; distance += 1) {
      const ranks = realPairingRanks(organisations, pairings, { ...weights, platform, distance });
      cells.push({
        platform,
        distance,
        share:
          ranks.length === 0 ? 0 : ranks.filter(({ rank }) => rank === 1).length / ranks.length,
      });
    }
  return cells;
}

export interface PlanPairing {
  follower: OrganisationFacts;
  exemplar: OrganisationFacts | null;
  candidate: Candidate | null;
}

/** How many followers the busiest real exemplar took: the plan's default capacity. */
export function largestRealCount(pairings: readonly PairingFacts[]): number {
  const counts = new Map<string, number>();
  for (const { pairing } of realPairings(pairings))
    counts.set(pairing.gdeId, (counts.get(pairing.gdeId) ?? 0) + 1);
  return Math.max(1, ...counts.values());
}

/**
 * "Suggest a plan": the followers of the real pairings assigned to exemplars (same sector) so the
 * total score is as high as it can be with at most `capacity` followers per exemplar.
 */
export function suggestPlan(
  organisations: readonly OrganisationFacts[],
  pairings: readonly PairingFacts[],
  weights: Weights,
  capacity: number,
): PlanPairing[] {
  const followers = [
    ...new Map(realPairings(pairings).map(({ ff }) => [ff.organisation.id, ff])).values(),
  ];
  const exemplars = organisations.filter(({ organisation }) => organisation.role === 'GDE');
  const column = new Map(exemplars.map(({ organisation }, index) => [organisation.id, index]));
  const candidates = followers.map((follower) => rankCandidates(follower, exemplars, weights));
  const scores = candidates.map((ranked) => {
    const row = exemplars.map((): number | null => null);
    for (const candidate of ranked) {
      const at = column.get(candidate.facts.organisation.id);
      if (at !== undefined) row[at] = candidate.score;
    }
    return row;
  });
  const assigned = assignFollowers(scores, capacity);
  return followers.map((follower, index) => {
    const at = assigned[index];
    const exemplar = at === null || at === undefined ? null : (exemplars[at] ?? null);
    return {
      follower,
      exemplar,
      candidate:
        exemplar === null
          ? null
          : (candidates[index]?.find(
              ({ facts }) => facts.organisation.id === exemplar.organisation.id,
            ) ?? null),
    };
  });
}

export interface PlanSummary {
  total: number;
  medianKm: number | null;
  samePlatform: number;
  sameIcs: number;
  pairs: number;
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Total score, median distance and shared platform and ICS counts, for comparing plans. */
export function summarise(pairs: readonly (Candidate | null)[]): PlanSummary {
  const placed = pairs.filter((pair): pair is Candidate => pair !== null);
  const state = (pair: Candidate, factor: 'platform' | 'ics') =>
    pair.factors.find((score) => score.factor === factor)?.state;
  return {
    total: placed.reduce((sum, pair) => sum + pair.score, 0),
    medianKm: median(placed.map(({ distanceKm }) => distanceKm)),
    samePlatform: placed.filter((pair) => state(pair, 'platform') === 'yes').length,
    sameIcs: placed.filter((pair) => state(pair, 'ics') === 'yes').length,
    pairs: placed.length,
  };
}

import type { OrganisationFacts, PairingFacts } from '../derive-facts';
import type { RealLink } from './programme-matrix';
import { realPairings } from './real-pairings';
import { MAX_WEIGHT } from './weights';

/** The weights the grid tries for platform and for distance: 0 to 5. */
export const WEIGHT_STEPS = Array.from({ length: MAX_WEIGHT + 1 }, (_, step) => step);

/** The real pairings as ids, for the programme matrix (and a worker). */
export const realLinks = (pairings: readonly PairingFacts[]): RealLink[] =>
  realPairings(pairings).map(({ pairing }) => ({
    id: pairing.id,
    gdeId: pairing.gdeId,
    ffId: pairing.ffId,
  }));

/**
 * Followers × exemplars beyond which the programme view (ranks, plan, grid) is worked out in a
 * worker rather than in the page: above it a weight change would cost more than a frame.
 */
export const IN_PAGE_LIMIT = 20_000;

export function programmeSize(
  organisations: readonly OrganisationFacts[],
  pairings: readonly PairingFacts[],
): number {
  const followers = new Set(realPairings(pairings).map(({ pairing }) => pairing.ffId)).size;
  const exemplars = organisations.filter(({ organisation }) => organisation.role === 'GDE').length;
  return followers * exemplars;
}

/** How many followers the busiest real exemplar took: the plan's default capacity. */
export function largestRealCount(pairings: readonly PairingFacts[]): number {
  const counts = new Map<string, number>();
  for (const { pairing } of realPairings(pairings))
    counts.set(pairing.gdeId, (counts.get(pairing.gdeId) ?? 0) + 1);
  return Math.max(1, ...counts.values());
}

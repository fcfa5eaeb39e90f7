import type { OrganisationFacts, PairingFacts } from '../derive-facts';
import { formatKm } from '../format';
import type { Candidate } from './candidates';
import type { PlanEntry } from './programme-matrix';

/** How many of the best-aligned candidates the map draws (the actual partner is drawn as well). */
export const MAP_CANDIDATES = 5;

type FinderLineKind = 'candidate' | 'actual' | 'plan';

/** A line the finder draws over the map: to a candidate, to the actual partner, or in a plan. */
export interface FinderLine {
  /** The candidate's organisation id, or `plan:<follower id>`. */
  id: string;
  kind: FinderLineKind;
  from: [number, number];
  to: [number, number];
  /** What hovering it says. */
  label: string;
}

const at = ({ organisation }: OrganisationFacts): [number, number] => [
  organisation.lon,
  organisation.lat,
];

export const formatScore = (score: number) =>
  score.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The chosen organisation's real pairings, keyed by the partner's id. */
export function actualPartners(
  chosen: OrganisationFacts,
  pairings: readonly PairingFacts[],
): Map<string, PairingFacts> {
  const { id } = chosen.organisation;
  const partners = new Map<string, PairingFacts>();
  for (const facts of pairings) {
    if (facts.pairing.gdeId === id) partners.set(facts.pairing.ffId, facts);
    else if (facts.pairing.ffId === id) partners.set(facts.pairing.gdeId, facts);
  }
  return partners;
}

/** Lines to the top candidates and to every actual partner among the candidates. */
export function candidateLines(
  chosen: OrganisationFacts,
  candidates: readonly Candidate[],
  actual: ReadonlyMap<string, PairingFacts>,
  top = MAP_CANDIDATES,
): FinderLine[] {
  return candidates
    .filter(({ rank, facts }) => rank <= top || actual.has(facts.organisation.id))
    .map(({ facts, rank, score, distanceKm }) => {
      const isActual = actual.has(facts.organisation.id);
      return {
        id: facts.organisation.id,
        kind: isActual ? 'actual' : 'candidate',
        from: at(chosen),
        to: at(facts),
        label: `${rank}. ${facts.organisation.name}${isActual ? ' (actual partner)' : ''}\nScore ${formatScore(score)}, ${formatKm(distanceKm)}`,
      };
    });
}

/** The suggested plan's pairings as lines, follower to exemplar. */
export function planLines(
  plan: readonly PlanEntry[],
  byId: ReadonlyMap<string, OrganisationFacts>,
): FinderLine[] {
  return plan.flatMap(({ followerId, exemplarId, score, km }) => {
    const follower = byId.get(followerId);
    const exemplar = exemplarId === null ? undefined : byId.get(exemplarId);
    if (follower === undefined || exemplar === undefined) return [];
    return [
      {
        id: `plan:${followerId}`,
        kind: 'plan' as const,
        from: at(exemplar),
        to: at(follower),
        label: `Suggested: ${exemplar.organisation.name} → ${follower.organisation.name}\nScore ${formatScore(score ?? 0)}, ${formatKm(km ?? 0)}`,
      },
    ];
  });
}

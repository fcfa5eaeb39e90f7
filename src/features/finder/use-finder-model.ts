import { useMemo } from 'react';
import { rankCandidates } from '../../domain/finder/candidates';
import { actualPartners, candidateLines, planLines } from '../../domain/finder/finder-lines';
import type { FinderModel, PlanResult } from '../../domain/finder/finder-model';
import {
  exceedsProgrammeLimit,
  largestRealCount,
  realPairingRanks,
  suggestPlan,
  summarise,
} from '../../domain/finder/programme';
import { useAtlasViewContext } from '../../state/atlas-view-context';

/**
 * The finder's selectors: each part is worked out again only when its own inputs change, so a
 * weight change re-ranks but opening another organisation leaves the programme view alone.
 */
export function useFinderModel(): FinderModel | null {
  const { atlas, view } = useAtlasViewContext();
  const { finder, weights } = view;
  const organisations = atlas?.facts.organisations;
  const pairings = atlas?.facts.pairings;
  const chosenId = finder?.organisation ?? null;
  const allSectors = finder?.allSectors ?? false;
  const capacity = finder?.plan ?? null;

  const chosen = useMemo(
    () =>
      chosenId === null
        ? null
        : (organisations?.find(({ organisation }) => organisation.id === chosenId) ?? null),
    [organisations, chosenId],
  );
  const candidates = useMemo(
    () =>
      chosen === null || organisations === undefined
        ? []
        : rankCandidates(chosen, organisations, weights, { allSectors }),
    [chosen, organisations, weights, allSectors],
  );
  const actual = useMemo(
    () =>
      chosen === null || pairings === undefined ? new Map() : actualPartners(chosen, pairings),
    [chosen, pairings],
  );
  const programmeTooLarge = useMemo(
    () =>
      organisations !== undefined &&
      pairings !== undefined &&
      exceedsProgrammeLimit(organisations, pairings),
    [organisations, pairings],
  );
  const ranks = useMemo(
    () =>
      organisations === undefined || pairings === undefined || programmeTooLarge
        ? []
        : realPairingRanks(organisations, pairings, weights),
    [organisations, pairings, weights, programmeTooLarge],
  );
  const defaultCapacity = useMemo(
    () => (pairings === undefined ? 1 : largestRealCount(pairings)),
    [pairings],
  );
  const plan = useMemo((): PlanResult => {
    if (
      capacity === null ||
      organisations === undefined ||
      pairings === undefined ||
      programmeTooLarge
    )
      return { status: 'off' };
    const pairs = suggestPlan(organisations, pairings, weights, capacity);
    return {
      status: 'ready',
      capacity,
      pairs,
      plan: summarise(pairs.map(({ candidate }) => candidate)),
      real: summarise(ranks.map(({ actual: real }) => real)),
    };
  }, [capacity, organisations, pairings, weights, ranks, programmeTooLarge]);
  const lines = useMemo(
    () => [
      ...(plan.status === 'ready' ? planLines(plan.pairs) : []),
      ...(chosen === null ? [] : candidateLines(chosen, candidates, actual)),
    ],
    [plan, chosen, candidates, actual],
  );

  return useMemo(
    () =>
      finder === null || atlas === null
        ? null
        : {
            chosen,
            missingId: chosen === null ? chosenId : null,
            candidates,
            actual,
            ranks,
            programmeTooLarge,
            defaultCapacity,
            plan,
            lines,
          },
    [
      finder,
      atlas,
      chosen,
      chosenId,
      candidates,
      actual,
      ranks,
      programmeTooLarge,
      defaultCapacity,
      plan,
      lines,
    ],
  );
}

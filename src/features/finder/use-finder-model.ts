import { useMemo } from 'react';
import { rankCandidates } from '../../domain/finder/candidates';
import { actualPartners, candidateLines, planLines } from '../../domain/finder/finder-lines';
import type { FinderModel } from '../../domain/finder/finder-model';
import {
  IN_PAGE_LIMIT,
  largestRealCount,
  programmeSize,
  realLinks,
} from '../../domain/finder/programme';
import { useAtlasViewContext } from '../../state/atlas-view-context';
import { useFinder } from '../../state/finder-context';
import { useInPageJobs, useWorkerJobs } from './use-programme-jobs';

const NO_LINKS: never[] = [];

/**
 * The finder's selectors: each part is worked out again only when its own inputs change, so a
 * weight change re-ranks but opening another organisation leaves the programme view alone. The
 * programme view runs in the page at the programme's scale and in a worker beyond it.
 */
export function useFinderModel(): FinderModel | null {
  const { atlas, view } = useAtlasViewContext();
  const { gridWanted } = useFinder();
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
  const links = useMemo(
    () => (pairings === undefined ? NO_LINKS : realLinks(pairings)),
    [pairings],
  );
  const inPage = useMemo(
    () =>
      typeof Worker === 'undefined' ||
      organisations === undefined ||
      pairings === undefined ||
      programmeSize(organisations, pairings) <= IN_PAGE_LIMIT,
    [organisations, pairings],
  );
  const asked = useMemo(
    () => ({ weights, capacity, grid: gridWanted }),
    [weights, capacity, gridWanted],
  );
  const inPageJobs = useInPageJobs(inPage ? organisations : undefined, links, asked);
  const workerJobs = useWorkerJobs(inPage ? undefined : organisations, links, asked);
  const jobs = inPage ? inPageJobs : workerJobs;
  const defaultCapacity = useMemo(
    () => (pairings === undefined ? 1 : largestRealCount(pairings)),
    [pairings],
  );
  const byId = useMemo(
    () => new Map((organisations ?? []).map((facts) => [facts.organisation.id, facts])),
    [organisations],
  );
  const { plan } = jobs;
  const lines = useMemo(
    () => [
      ...(plan.status === 'ready' ? planLines(plan.value.pairs, byId) : []),
      ...(chosen === null ? [] : candidateLines(chosen, candidates, actual)),
    ],
    [plan, byId, chosen, candidates, actual],
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
            ranks: jobs.ranks,
            plan: jobs.plan,
            grid: jobs.grid,
            defaultCapacity,
            lines,
            byId,
          },
    [finder, atlas, chosen, chosenId, candidates, actual, jobs, defaultCapacity, lines, byId],
  );
}

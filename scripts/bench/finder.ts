import type { Dataset } from '../../src/data/validate-dataset';
import { deriveAtlasFacts } from '../../src/domain/derive-facts';
import { rankCandidates } from '../../src/domain/finder/candidates';
import { largestRealCount, realLinks } from '../../src/domain/finder/programme';
import {
  buildProgrammeMatrix,
  planProgramme,
  rankRealPairings,
} from '../../src/domain/finder/programme-matrix';
import { WEIGHT_PRESETS } from '../../src/domain/finder/weights';
import { median } from './stats';

const time = (work: () => unknown) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The partner finder's own costs, in Node (the code the page and its worker run; no boundaries,
 * so areas count as unknown, which costs the same): what a weight change costs at programme
 * scale, against a 16.7 ms frame, and the national-scale pieces.
 */
export function measureFinder(builtin: Dataset, national: Dataset, runs: number) {
  const gde = deriveAtlasFacts(builtin.organisations, builtin.pairings, {});
  const gdeMatrix = buildProgrammeMatrix(gde.organisations, realLinks(gde.pairings));
  const capacity = largestRealCount(gde.pairings);
  const follower = gde.organisations.find(({ organisation }) => organisation.role === 'FF');
  const weightChange: number[] = [];
  for (let run = 0; run < Math.max(runs, 5) * 4; run += 1) {
    const weights = run % 2 === 0 ? WEIGHT_PRESETS.platform : WEIGHT_PRESETS.geography;
    weightChange.push(
      time(() => {
        if (follower !== undefined) rankCandidates(follower, gde.organisations, weights);
        rankRealPairings(gdeMatrix, weights);
        planProgramme(gdeMatrix, weights, capacity);
      }),
    );
  }

  const big = deriveAtlasFacts(national.organisations, national.pairings, {});
  const someone = big.organisations.find(({ organisation }) => organisation.role === 'FF');
  const candidates: number[] = [];
  for (let run = 0; run < Math.max(runs, 5); run += 1)
    candidates.push(
      time(() => {
        if (someone !== undefined)
          rankCandidates(someone, big.organisations, WEIGHT_PRESETS.evaluation);
      }),
    );
  let matrix: ReturnType<typeof buildProgrammeMatrix> | null = null;
  const matrixMs = time(() => {
    matrix = buildProgrammeMatrix(big.organisations, realLinks(big.pairings));
  });
  const built = matrix as ReturnType<typeof buildProgrammeMatrix> | null;
  if (built === null) throw new Error('no matrix');
  const ranksMs = time(() => rankRealPairings(built, WEIGHT_PRESETS.evaluation));
  const nationalCapacity = largestRealCount(big.pairings);
  const planMs = time(() => planProgramme(built, WEIGHT_PRESETS.evaluation, nationalCapacity));
  return {
    gdeScale: {
      weightChangeMedianMs: round(median(weightChange)),
      frameMs: 16.7,
    },
    nationalScale: {
      followers: built.followers.length,
      exemplars: built.exemplars.length,
      candidateListMedianMs: round(median(candidates)),
      matrixMs: round(matrixMs),
      ranksMs: round(ranksMs),
      plan: { capacity: nationalCapacity, ms: round(planMs) },
    },
  };
}

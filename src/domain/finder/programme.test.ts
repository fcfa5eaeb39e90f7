import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../../tests/support/fixture-facts';
import { rankCandidates } from './candidates';
import { largestRealCount, programmeSize, realLinks, WEIGHT_STEPS } from './programme';
import {
  buildProgrammeMatrix,
  planProgramme,
  rankRealPairings,
  weightingsGrid,
} from './programme-matrix';
import { realPairings } from './real-pairings';
import { DEFAULT_WEIGHTS, type Weights } from './weights';

const { organisations, pairings } = realDataFacts();
const matrix = buildProgrammeMatrix(organisations, realLinks(pairings));
const ONLY = (factor: keyof Weights): Weights => ({
  platform: 0,
  distance: 0,
  ics: 0,
  stp: 0,
  region: 0,
  [factor]: 5,
});
const byId = new Map(pairings.map((facts) => [facts.pairing.id, facts]));

describe('the programme under the finder', () => {
  it('ranks the real exemplar of every follower in an active or merged pairing', () => {
    const { ranks } = rankRealPairings(matrix, DEFAULT_WEIGHTS);
    expect(ranks.map(({ pairingId }) => pairingId)).toEqual(
      realPairings(pairings).map(({ pairing }) => pairing.id),
    );
    for (const { rank, candidates, bestScore, score } of ranks) {
      expect(rank).toBeGreaterThanOrEqual(1);
      expect(rank).toBeLessThanOrEqual(candidates);
      expect(bestScore).toBeGreaterThanOrEqual(score);
    }
  });

  it('distance alone: a follower whose exemplar is its nearest ranks it first', () => {
    for (const { rank, bestId, exemplarId } of rankRealPairings(matrix, ONLY('distance')).ranks)
      expect(rank === 1).toBe(bestId === exemplarId);
  });

  it('the grid covers platform × distance weights 0–5, shares between 0 and 1', () => {
    const grid = weightingsGrid(matrix, DEFAULT_WEIGHTS, WEIGHT_STEPS);
    expect(grid).toHaveLength(36);
    for (const { share } of grid) expect(share).toBeGreaterThanOrEqual(0);
    for (const { share } of grid) expect(share).toBeLessThanOrEqual(1);
  });

  it('the plan never scores below the real pairings under the same weights and capacity', () => {
    const capacity = largestRealCount(pairings);
    const { pairs, plan } = planProgramme(matrix, DEFAULT_WEIGHTS, capacity);
    const loads = new Map<string, number>();
    for (const { exemplarId } of pairs)
      if (exemplarId !== null) loads.set(exemplarId, (loads.get(exemplarId) ?? 0) + 1);
    for (const load of loads.values()) expect(load).toBeLessThanOrEqual(capacity);
    const { real } = rankRealPairings(matrix, DEFAULT_WEIGHTS);
    expect(plan.pairs).toBe(matrix.followers.length);
    expect(real.pairs).toBe(matrix.followers.length);
    // The real pairings, one per follower, are one feasible plan: the optimum is at least as good.
    expect(plan.total).toBeGreaterThanOrEqual(real.total - 1e-9);
    expect(plan.total).toBeCloseTo(
      pairs.reduce((sum, { score }) => sum + (score ?? 0), 0),
      9,
    );
  });

  it('a capacity of one spreads the followers out', () => {
    const { pairs } = planProgramme(matrix, DEFAULT_WEIGHTS, 1);
    const exemplars = pairs.flatMap(({ exemplarId }) => (exemplarId === null ? [] : [exemplarId]));
    expect(new Set(exemplars).size).toBe(exemplars.length);
  });

  it('reports progress as the plan places followers, ending with all of them', () => {
    const seen: [number, number][] = [];
    planProgramme(matrix, DEFAULT_WEIGHTS, 2, (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([matrix.followers.length, matrix.followers.length]);
  });
});

describe('the programme matrix agrees with ranking each follower in full', () => {
  const weightings: Weights[] = [
    DEFAULT_WEIGHTS,
    ONLY('platform'),
    ONLY('distance'),
    { platform: 1, distance: 3, ics: 2, stp: 1, region: 1 },
    { platform: 0, distance: 0, ics: 0, stp: 0, region: 0 },
  ];
  it.each(weightings)('ranks under %o', (weights) => {
    for (const row of rankRealPairings(matrix, weights).ranks) {
      const pairing = byId.get(row.pairingId);
      if (pairing === undefined) throw new Error(`no pairing ${row.pairingId}`);
      const crosses = pairing.gde.organisation.sector !== pairing.ff.organisation.sector;
      const full = rankCandidates(pairing.ff, organisations, weights, { allSectors: crosses });
      const expected = full.find(({ facts }) => facts.organisation.id === row.exemplarId);
      expect(row.rank).toBe(expected?.rank);
      expect(row.candidates).toBe(full.length);
      expect(row.bestId).toBe(full[0]?.facts.organisation.id);
      expect(row.score).toBe(expected?.score);
      expect(row.km).toBe(expected?.distanceKm);
    }
  });

  it('each grid cell is the share of real pairings ranked first under its weights', () => {
    const grid = weightingsGrid(matrix, DEFAULT_WEIGHTS, WEIGHT_STEPS);
    for (const { platform, distance, share } of grid.filter((_, index) => index % 7 === 0)) {
      const { ranks } = rankRealPairings(matrix, { ...DEFAULT_WEIGHTS, platform, distance });
      expect(share).toBeCloseTo(ranks.filter(({ rank }) => rank === 1).length / ranks.length, 12);
    }
  });
});

describe('the programme’s size', () => {
  it.each([{ name: 'the built-in programme', data: [organisations, pairings] as const }])(
    '$name: followers × exemplars',
    ({ data: [orgs, links] }) => {
      const followers = new Set(realPairings(links).map(({ ff }) => ff.organisation.id)).size;
      const exemplars = orgs.filter(({ organisation }) => organisation.role === 'GDE').length;
      expect(programmeSize(orgs, links)).toBe(followers * exemplars);
    },
  );
});

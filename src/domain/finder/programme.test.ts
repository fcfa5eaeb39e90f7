import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../../tests/support/fixture-facts';
import { rankCandidates } from './candidates';
import {
  exceedsProgrammeLimit,
  largestRealCount,
  realPairingRanks,
  realPairings,
  sensitivityGrid,
  suggestPlan,
  summarise,
} from './programme';
import { DEFAULT_WEIGHTS, type Weights } from './weights';

const { organisations, pairings } = realDataFacts();
const ONLY = (factor: keyof Weights): Weights => ({
  platform: 0,
  distance: 0,
  ics: 0,
  stp: 0,
  region: 0,
  [factor]: 5,
});

describe('the programme under the finder', () => {
  it('ranks the real exemplar of every follower in an active or merged pairing', () => {
    const ranks = realPairingRanks(organisations, pairings, DEFAULT_WEIGHTS);
    expect(ranks).toHaveLength(realPairings(pairings).length);
    for (const { rank, candidates, best } of ranks) {
      expect(rank).toBeGreaterThanOrEqual(1);
      expect(rank).toBeLessThanOrEqual(candidates);
      expect(best.rank).toBe(1);
    }
  });

  it('distance alone: a follower whose exemplar is its nearest ranks it first', () => {
    for (const { pairing, rank, best } of realPairingRanks(
      organisations,
      pairings,
      ONLY('distance'),
    ))
      expect(rank === 1).toBe(best.facts.organisation.id === pairing.gde.organisation.id);
  });

  it('the grid covers platform × distance weights 0–5, shares between 0 and 1', () => {
    const grid = sensitivityGrid(organisations, pairings, DEFAULT_WEIGHTS);
    expect(grid).toHaveLength(36);
    for (const { share } of grid) expect(share).toBeGreaterThanOrEqual(0);
    for (const { share } of grid) expect(share).toBeLessThanOrEqual(1);
  });

  it('the plan never scores below the real pairings under the same weights and capacity', () => {
    const capacity = largestRealCount(pairings);
    const plan = suggestPlan(organisations, pairings, DEFAULT_WEIGHTS, capacity);
    const loads = new Map<string, number>();
    for (const { exemplar } of plan)
      if (exemplar !== null)
        loads.set(exemplar.organisation.id, (loads.get(exemplar.organisation.id) ?? 0) + 1);
    for (const load of loads.values()) expect(load).toBeLessThanOrEqual(capacity);

    // The real pairings, one per follower, are one feasible plan: the optimum is at least as good.
    const seen = new Set<string>();
    const real = realPairingRanks(organisations, pairings, DEFAULT_WEIGHTS).flatMap(
      ({ pairing }) => {
        if (seen.has(pairing.ff.organisation.id)) return [];
        seen.add(pairing.ff.organisation.id);
        return rankCandidates(pairing.ff, organisations, DEFAULT_WEIGHTS).filter(
          ({ facts }) => facts.organisation.id === pairing.gde.organisation.id,
        );
      },
    );
    const planned = summarise(plan.map(({ candidate }) => candidate));
    expect(planned.pairs).toBe(seen.size);
    expect(real.length).toBeGreaterThan(0);
    expect(planned.total).toBeGreaterThanOrEqual(summarise(real).total - 1e-9);
  });

  it('a capacity of one spreads the followers out', () => {
    const plan = suggestPlan(organisations, pairings, DEFAULT_WEIGHTS, 1);
    const exemplars = plan.flatMap(({ exemplar }) =>
      exemplar === null ? [] : [exemplar.organisation.id],
    );
    expect(new Set(exemplars).size).toBe(exemplars.length);
  });
});

describe('the programme view’s size limit', () => {
  const fake = (exemplars: number, followers: number) => {
    const gdes = Array.from({ length: exemplars }, (_, index) => ({
      organisation: { id: `g${index}`, role: 'GDE' },
    }));
    const links = Array.from({ length: followers }, (_, index) => ({
      pairing: { gdeId: 'g0', ffId: `f${index}`, status: 'active' },
    }));
    return [gdes, links] as unknown as [typeof organisations, typeof pairings];
  };
  it.each([
    { name: 'the built-in programme', data: [organisations, pairings] as const, over: false },
    { name: '600 exemplars × 600 followers', data: fake(600, 600), over: false },
    { name: '700 exemplars × 600 followers', data: fake(700, 600), over: true },
  ])('$name: over the limit $over', ({ data: [orgs, links], over }) => {
    expect(exceedsProgrammeLimit(orgs, links)).toBe(over);
  });
});

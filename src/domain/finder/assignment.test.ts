import { describe, expect, it } from 'vitest';
import { assignFollowers, totalScore } from './assignment';

/** A small deterministic generator (mulberry32), so every run checks the same cases. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The best total by trying every assignment (each follower to an allowed exemplar or to none). */
function bruteForce(scores: (number | null)[][], capacity: number): number {
  const exemplars = scores[0]?.length ?? 0;
  const load = new Array<number>(exemplars).fill(0);
  const search = (row: number): number => {
    if (row === scores.length) return 0;
    let best = search(row + 1); // this follower unassigned
    for (let exemplar = 0; exemplar < exemplars; exemplar += 1) {
      const score = scores[row]?.[exemplar] ?? null;
      if (score === null || (load[exemplar] ?? 0) >= capacity) continue;
      load[exemplar] = (load[exemplar] ?? 0) + 1;
      best = Math.max(best, score + search(row + 1));
      load[exemplar] = (load[exemplar] ?? 0) - 1;
    }
    return best;
  };
  return search(0);
}

const cases = Array.from({ length: 300 }, (_, index) => {
  const next = random(index + 1);
  const followers = 1 + Math.floor(next() * 6);
  const exemplars = 1 + Math.floor(next() * 4);
  const capacity = 1 + Math.floor(next() * 3);
  const scores = Array.from({ length: followers }, () =>
    Array.from({ length: exemplars }, () => (next() < 0.15 ? null : Math.round(next() * 100) / 10)),
  );
  return { index, followers, exemplars, capacity, scores };
});

describe('assignFollowers', () => {
  it.each(cases)(
    'case $index ($followers followers, $exemplars exemplars, at most $capacity each) is optimal',
    ({ scores, capacity }) => {
      const assigned = assignFollowers(scores, capacity);
      // Feasible: allowed pairings only, no exemplar over capacity.
      assigned.forEach((exemplar, row) => {
        if (exemplar !== null) expect(scores[row]?.[exemplar]).not.toBeNull();
      });
      const loads = new Map<number, number>();
      for (const exemplar of assigned)
        if (exemplar !== null) loads.set(exemplar, (loads.get(exemplar) ?? 0) + 1);
      for (const load of loads.values()) expect(load).toBeLessThanOrEqual(capacity);
      expect(totalScore(scores, assigned)).toBeCloseTo(bruteForce(scores, capacity), 9);
    },
  );

  it.each([
    { name: 'no followers', scores: [], capacity: 1, assigned: [] },
    {
      name: 'a follower with no allowed exemplar stays unassigned',
      scores: [[null, null]],
      capacity: 1,
      assigned: [null],
    },
    {
      name: 'capacity runs out: the weaker claim waits',
      scores: [[5], [3]],
      capacity: 1,
      assigned: [0, null],
    },
    { name: 'capacity 2 takes both', scores: [[5], [3]], capacity: 2, assigned: [0, 0] },
    {
      name: 'the sum, not each best, decides',
      scores: [
        [10, 9],
        [10, 1],
      ],
      capacity: 1,
      assigned: [1, 0],
    },
  ])('$name', ({ scores, capacity, assigned }) => {
    expect(assignFollowers(scores, capacity)).toEqual(assigned);
  });
});

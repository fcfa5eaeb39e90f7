import type { OrganisationFacts } from '../derive-facts';
import { sameArea, sameVendor } from '../derive-facts';
import { greatCircleKm } from '../geo/distance';
import { assignFollowers } from './assignment';
import { distanceScore } from './candidates';
import type { Weights } from './weights';

const PLATFORM = 1;
const ICS = 2;
const STP = 4;
const REGION = 8;

/** Where a long job has got to: `done` of `total` steps. */
type Progress = (done: number, total: number) => void;

/** A real (active or merged) pairing by ids: small enough to send to a worker. */
export interface RealLink {
  id: string;
  gdeId: string;
  ffId: string;
}

interface MatrixLink {
  id: string;
  follower: number;
  exemplar: number;
  /** The pairing crossed sectors, so its follower's candidates come from every sector. */
  crosses: boolean;
}

/**
 * Everything the programme view needs that does not depend on the weights, worked out once per
 * dataset: for every follower of a real pairing and every exemplar, the distance, which factors
 * they share (bits) and whether they are in one sector. A weight change is then arithmetic only,
 * which keeps national scale (thousands × thousands) to seconds, in a worker.
 */
export interface ProgrammeMatrix {
  followers: OrganisationFacts[];
  exemplars: OrganisationFacts[];
  km: Float64Array;
  shared: Uint8Array;
  sameSector: Uint8Array;
  links: MatrixLink[];
}

export function buildProgrammeMatrix(
  organisations: readonly OrganisationFacts[],
  realLinks: readonly RealLink[],
  onProgress: Progress = () => {},
): ProgrammeMatrix {
  const exemplars = organisations.filter(({ organisation }) => organisation.role === 'GDE');
  const column = new Map(exemplars.map(({ organisation }, index) => [organisation.id, index]));
  const byId = new Map(organisations.map((facts) => [facts.organisation.id, facts]));
  const followers: OrganisationFacts[] = [];
  const row = new Map<string, number>();
  const links: MatrixLink[] = [];
  for (const { id, gdeId, ffId } of realLinks) {
    const exemplar = column.get(gdeId);
    const ff = byId.get(ffId);
    if (exemplar === undefined || ff === undefined || ff.organisation.role === 'GDE') continue;
    let follower = row.get(ffId);
    if (follower === undefined) {
      follower = followers.length;
      followers.push(ff);
      row.set(ffId, follower);
    }
    const crosses = exemplars[exemplar]?.organisation.sector !== ff.organisation.sector;
    links.push({ id, follower, exemplar, crosses });
  }
  const size = followers.length * exemplars.length;
  const km = new Float64Array(size);
  const shared = new Uint8Array(size);
  const sameSector = new Uint8Array(size);
  followers.forEach((follower, f) => {
    exemplars.forEach((exemplar, e) => {
      const at = f * exemplars.length + e;
      km[at] = greatCircleKm(follower.organisation, exemplar.organisation);
      shared[at] =
        (sameVendor(follower.organisation, exemplar.organisation) === 'yes' ? PLATFORM : 0) |
        (sameArea(follower.areas.icb, exemplar.areas.icb) === 'yes' ? ICS : 0) |
        (sameArea(follower.areas.stp, exemplar.areas.stp) === 'yes' ? STP : 0) |
        (sameArea(follower.areas.region, exemplar.areas.region) === 'yes' ? REGION : 0);
      sameSector[at] = follower.organisation.sector === exemplar.organisation.sector ? 1 : 0;
    });
    if (f % 100 === 99) onProgress(f + 1, followers.length);
  });
  return { followers, exemplars, km, shared, sameSector, links };
}

/**
 * One follower's score for every exemplar: the same sums, in the same order, as the candidate
 * list's (so the two rank alike to the last bit; a test holds them to it).
 */
function followerScores(matrix: ProgrammeMatrix, f: number, weights: Weights): Float64Array {
  const count = matrix.exemplars.length;
  const scores = new Float64Array(count);
  for (let e = 0; e < count; e += 1) {
    const at = f * count + e;
    const bits = matrix.shared[at] ?? 0;
    let score = 0;
    score += bits & PLATFORM ? weights.platform : 0;
    score += weights.distance * distanceScore(matrix.km[at] ?? 0);
    score += bits & ICS ? weights.ics : 0;
    score += bits & STP ? weights.stp : 0;
    score += bits & REGION ? weights.region : 0;
    scores[e] = score;
  }
  return scores;
}

/** compareCandidates on the matrix: whether a beats b (higher score, then nearer, then name). */
function beats(matrix: ProgrammeMatrix, f: number, scores: Float64Array, a: number, b: number) {
  const count = matrix.exemplars.length;
  const byScore = (scores[b] ?? 0) - (scores[a] ?? 0);
  if (byScore !== 0) return byScore < 0;
  const byKm = (matrix.km[f * count + a] ?? 0) - (matrix.km[f * count + b] ?? 0);
  if (byKm !== 0) return byKm < 0;
  const nameA = matrix.exemplars[a]?.organisation.name ?? '';
  const nameB = matrix.exemplars[b]?.organisation.name ?? '';
  return nameA.localeCompare(nameB, 'en-GB') < 0;
}

const allowed = (matrix: ProgrammeMatrix, f: number, e: number, everySector: boolean) =>
  everySector || matrix.sameSector[f * matrix.exemplars.length + e] === 1;

/** The best-aligned exemplar among a follower's candidates, or -1 when it has none. */
function bestExemplar(
  matrix: ProgrammeMatrix,
  f: number,
  scores: Float64Array,
  everySector: boolean,
): number {
  let best = -1;
  for (let e = 0; e < matrix.exemplars.length; e += 1)
    if (allowed(matrix, f, e, everySector) && (best < 0 || beats(matrix, f, scores, e, best)))
      best = e;
  return best;
}

/** Where exemplar `e` ranks among follower `f`'s candidates, and how many there are. */
function rankOf(
  matrix: ProgrammeMatrix,
  f: number,
  scores: Float64Array,
  e: number,
  everySector: boolean,
): { rank: number; candidates: number } {
  let rank = 1;
  let candidates = 0;
  for (let other = 0; other < matrix.exemplars.length; other += 1) {
    if (!allowed(matrix, f, other, everySector)) continue;
    candidates += 1;
    if (other !== e && beats(matrix, f, scores, other, e)) rank += 1;
  }
  return { rank, candidates };
}

function linksByFollower(matrix: ProgrammeMatrix): Map<number, MatrixLink[]> {
  const grouped = new Map<number, MatrixLink[]>();
  for (const link of matrix.links) {
    const list = grouped.get(link.follower);
    if (list === undefined) grouped.set(link.follower, [link]);
    else list.push(link);
  }
  return grouped;
}

/** Where one real pairing's exemplar ranked, with the best-aligned exemplar beside it. */
export interface RealRank {
  pairingId: string;
  followerId: string;
  exemplarId: string;
  /** 1 = the follower's best-aligned exemplar. */
  rank: number;
  candidates: number;
  score: number;
  km: number;
  bestId: string;
  bestScore: number;
  bestKm: number;
}

/** Total score, median distance and shared platform and ICS counts, for comparing plans. */
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

/** The summary of follower → exemplar pairs given as [follower row, exemplar column, score]. */
function summarisePairs(matrix: ProgrammeMatrix, pairs: [number, number, number][]): PlanSummary {
  const count = matrix.exemplars.length;
  const bits = (f: number, e: number) => matrix.shared[f * count + e] ?? 0;
  return {
    total: pairs.reduce((sum, [, , score]) => sum + score, 0),
    medianKm: median(pairs.map(([f, e]) => matrix.km[f * count + e] ?? 0)),
    samePlatform: pairs.filter(([f, e]) => bits(f, e) & PLATFORM).length,
    sameIcs: pairs.filter(([f, e]) => bits(f, e) & ICS).length,
    pairs: pairs.length,
  };
}

/**
 * For every real pairing, where its exemplar ranks among its follower's candidates (the same
 * sector, or every sector if the pairing crossed them), and the real pairings summarised.
 */
export function rankRealPairings(
  matrix: ProgrammeMatrix,
  weights: Weights,
  onProgress: Progress = () => {},
): { ranks: RealRank[]; real: PlanSummary } {
  const count = matrix.exemplars.length;
  const found = new Map<MatrixLink, RealRank>();
  const summarised: [number, number, number][] = [];
  const seen = new Set<number>();
  let done = 0;
  const grouped = linksByFollower(matrix);
  for (const [f, links] of grouped) {
    const scores = followerScores(matrix, f, weights);
    const follower = matrix.followers[f]?.organisation.id ?? '';
    for (const link of links) {
      const best = bestExemplar(matrix, f, scores, link.crosses);
      const { rank, candidates } = rankOf(matrix, f, scores, link.exemplar, link.crosses);
      found.set(link, {
        pairingId: link.id,
        followerId: follower,
        exemplarId: matrix.exemplars[link.exemplar]?.organisation.id ?? '',
        rank,
        candidates,
        score: scores[link.exemplar] ?? 0,
        km: matrix.km[f * count + link.exemplar] ?? 0,
        bestId: matrix.exemplars[best]?.organisation.id ?? '',
        bestScore: scores[best] ?? 0,
        bestKm: matrix.km[f * count + best] ?? 0,
      });
      // The real plan to compare a suggestion with: one exemplar per follower, as the plan has.
      if (!seen.has(f)) {
        seen.add(f);
        summarised.push([f, link.exemplar, scores[link.exemplar] ?? 0]);
      }
    }
    done += 1;
    if (done % 100 === 0) onProgress(done, grouped.size);
  }
  const ranks = matrix.links.flatMap((link) => {
    const rank = found.get(link);
    return rank === undefined ? [] : [rank];
  });
  return { ranks, real: summarisePairs(matrix, summarised) };
}

export interface GridCell {
  platform: number;
  distance: number;
  /** The share of real pairings whose exemplar ranks first under these weights. */
  share: number;
}

/** The share ranked first for each platform × distance weight, the other weights as given. */
export function weightingsGrid(
  matrix: ProgrammeMatrix,
  weights: Weights,
  steps: readonly number[],
  onProgress: Progress = () => {},
): GridCell[] {
  const grouped = linksByFollower(matrix);
  const cells: GridCell[] = [];
  const total = steps.length * steps.length;
  for (const platform of steps)
    for (const distance of steps) {
      const cellWeights = { ...weights, platform, distance };
      let first = 0;
      for (const [f, links] of grouped) {
        const scores = followerScores(matrix, f, cellWeights);
        const best = { same: -2, every: -2 };
        for (const link of links) {
          const key = link.crosses ? 'every' : 'same';
          if (best[key] === -2) best[key] = bestExemplar(matrix, f, scores, link.crosses);
          if (best[key] === link.exemplar) first += 1;
        }
      }
      cells.push({
        platform,
        distance,
        share: matrix.links.length === 0 ? 0 : first / matrix.links.length,
      });
      onProgress(cells.length, total);
    }
  return cells;
}

/** One follower in a suggested plan: the exemplar it goes to (null: none left in its sector). */
export interface PlanEntry {
  followerId: string;
  exemplarId: string | null;
  score: number | null;
  km: number | null;
}

/**
 * "Suggest a plan": every follower of a real pairing assigned to an exemplar of its sector so
 * that the total score is as high as it can be, with at most `capacity` followers per exemplar.
 */
export function planProgramme(
  matrix: ProgrammeMatrix,
  weights: Weights,
  capacity: number,
  onProgress: Progress = () => {},
): { pairs: PlanEntry[]; plan: PlanSummary } {
  const { followers, exemplars } = matrix;
  const count = exemplars.length;
  const rows = followers.map((_, f) => followerScores(matrix, f, weights));
  const scores = rows.map((row, f) =>
    exemplars.map((__, e): number | null => (allowed(matrix, f, e, false) ? (row[e] ?? 0) : null)),
  );
  const assigned = assignFollowers(scores, capacity, onProgress);
  const placed: [number, number, number][] = [];
  const pairs = followers.map((follower, f): PlanEntry => {
    const e = assigned[f];
    if (e === null || e === undefined)
      return { followerId: follower.organisation.id, exemplarId: null, score: null, km: null };
    const score = rows[f]?.[e] ?? 0;
    placed.push([f, e, score]);
    return {
      followerId: follower.organisation.id,
      exemplarId: exemplars[e]?.organisation.id ?? null,
      score,
      km: matrix.km[f * count + e] ?? 0,
    };
  });
  return { pairs, plan: summarisePairs(matrix, placed) };
}

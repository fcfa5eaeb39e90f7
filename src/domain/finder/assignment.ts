/**
 * The assignment that maximises the total score when each follower (row) goes to one exemplar
 * (column) and each exemplar takes at most `capacity` followers: the Hungarian method (Kuhn–
 * Munkres, with potentials, O(n²·m)) on the exemplars repeated `capacity` times as slots.
 * `scores[f][e]` is null where a pairing is not allowed (another sector); a follower with no
 * allowed exemplar, or left over when capacity runs out, is unassigned (null).
 */
export function assignFollowers(
  scores: readonly (readonly (number | null)[])[],
  capacity: number,
  /** Told after every 25 followers placed: the plan at national scale takes seconds. */
  onProgress: (done: number, total: number) => void = () => {},
): (number | null)[] {
  const followers = scores.length;
  const exemplars = scores[0]?.length ?? 0;
  if (followers === 0 || exemplars === 0 || capacity < 1) return scores.map(() => null);
  const slots = exemplars * capacity;
  // One "unassigned" column per follower, costing what a score of 0 costs: minimising the total
  // cost (best − score, summed over every follower) is then exactly maximising the total score,
  // and a forbidden pairing never takes a slot another follower could use.
  const columns = slots + followers;
  let best = 0;
  for (const row of scores)
    for (const score of row) if (score !== null) best = Math.max(best, score);
  const forbidden = (best + 1) * (followers + 1) * 4;
  const cost = (row: number, column: number) => {
    if (column >= slots) return best;
    const score = scores[row]?.[column % exemplars] ?? null;
    return score === null ? forbidden : best - score;
  };

  // 1-based arrays, as in the textbook form; column 0 is the virtual start.
  const u = new Array<number>(followers + 1).fill(0);
  const v = new Array<number>(columns + 1).fill(0);
  const owner = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let row = 1; row <= followers; row += 1) {
    owner[0] = row;
    let column0 = 0;
    const minimum = new Array<number>(columns + 1).fill(Infinity);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[column0] = true;
      const row0 = owner[column0] ?? 0;
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= columns; column += 1) {
        if (used[column]) continue;
        const reduced = cost(row0 - 1, column - 1) - (u[row0] ?? 0) - (v[column] ?? 0);
        if (reduced < (minimum[column] ?? Infinity)) {
          minimum[column] = reduced;
          way[column] = column0;
        }
        if ((minimum[column] ?? Infinity) < delta) {
          delta = minimum[column] ?? Infinity;
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column += 1) {
        if (used[column]) {
          const at = owner[column] ?? 0;
          u[at] = (u[at] ?? 0) + delta;
          v[column] = (v[column] ?? 0) - delta;
        } else {
          minimum[column] = (minimum[column] ?? Infinity) - delta;
        }
      }
      column0 = column1;
    } while ((owner[column0] ?? 0) !== 0);
    do {
      const column1 = way[column0] ?? 0;
      owner[column0] = owner[column1] ?? 0;
      column0 = column1;
    } while (column0 !== 0);
    if (row % 25 === 0 || row === followers) onProgress(row, followers);
  }

  const assigned: (number | null)[] = scores.map(() => null);
  for (let column = 1; column <= columns; column += 1) {
    const row = (owner[column] ?? 0) - 1;
    if (row < 0 || column - 1 >= slots) continue;
    const exemplar = (column - 1) % exemplars;
    if (scores[row]?.[exemplar] !== null && scores[row]?.[exemplar] !== undefined)
      assigned[row] = exemplar;
  }
  return assigned;
}

/** The plan's total score (unassigned followers add nothing). */
export function totalScore(
  scores: readonly (readonly (number | null)[])[],
  assigned: readonly (number | null)[],
): number {
  return assigned.reduce<number>(
    (sum, exemplar, row) => sum + (exemplar === null ? 0 : (scores[row]?.[exemplar] ?? 0)),
    0,
  );
}

import { useState } from 'react';

/**
 * The value from an earlier render, or the parts of it, while `reuse` finds them unchanged, so
 * memoised work downstream (and deck.gl's diffing) sees the identical objects. `reuse` returns
 * `kept` itself when nothing changed.
 */
export function useStable<T>(value: T, reuse: (kept: T, next: T) => T): T {
  const [kept, setKept] = useState(value);
  if (kept === value) return kept;
  const next = reuse(kept, value);
  if (next === kept) return kept;
  // React's pattern for state derived from a changing input: set it during render.
  setKept(() => next);
  return next;
}

/** A `reuse` for values that are kept or replaced whole. */
export const keepWhileSame =
  <T>(same: (a: T, b: T) => boolean) =>
  (kept: T, next: T): T =>
    same(kept, next) ? kept : next;

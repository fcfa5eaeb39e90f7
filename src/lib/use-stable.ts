import { useState } from 'react';

/**
 * The value from an earlier render while `same` says nothing changed, so memoised work downstream
 * (and deck.gl's diffing) sees the identical object.
 */
export function useStable<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  // React's pattern for state derived from a changing input: set it during render.
  setKept(() => value);
  return value;
}

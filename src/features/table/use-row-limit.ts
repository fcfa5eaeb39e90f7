import { useState } from 'react';

/** Rows drawn at a time: tables of 50,000 pairings stay quick, and the map still shows them all. */
export const ROW_STEP = 500;

export function useRowLimit<T>(rows: readonly T[], selectedIndex: number) {
  const [limit, setLimit] = useState(ROW_STEP);
  // A row selected on the map is always in the table, however far down it sorts.
  const shown = Math.min(rows.length, Math.max(limit, selectedIndex + 1));
  return {
    visible: rows.slice(0, shown),
    hidden: rows.length - shown,
    showMore: () => setLimit(shown + ROW_STEP),
  };
}

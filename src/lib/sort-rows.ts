export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Stable sort by one key; text compares the way a British reader expects ("St" after "Sa"). */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * The rows of a subset in the order of an already sorted superset: a filter then costs one pass,
 * not a new sort (50,000 collator comparisons per filter at national scale). Falls back to sorting
 * when a row is not in the superset.
 */
export function inSortedOrder<T>(
  sortedSuperset: readonly T[],
  rows: readonly T[],
  sort: () => T[],
): T[] {
  const kept = new Set(rows);
  const ordered = sortedSuperset.filter((row) => kept.has(row));
  return ordered.length === rows.length ? ordered : sort();
}

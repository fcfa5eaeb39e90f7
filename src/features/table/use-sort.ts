import { useDeferredValue, useMemo, useState } from 'react';
import {
  inSortedOrder,
  sortRows,
  sortRowsOnce,
  type SortDirection,
  type SortValue,
} from '../../lib/sort-rows';

export interface Column<T> {
  key: string;
  header: string;
  value: (row: T) => SortValue;
}

export function useSort<T>(
  latestRows: readonly T[],
  columns: Column<T>[],
  initialKey: string,
  /**
   * Every row before filtering: sorted once per column and direction for as long as the data
   * last, so neither a filter nor the table opening again sorts them again.
   */
  all: readonly T[] = latestRows,
) {
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({
    key: initialKey,
    direction: 'ascending',
  });
  // A filter redraws the map first; the table's rows follow in a render that a newer filter can
  // interrupt, so at national scale a click is not held up by 500 rows of DOM.
  const rows = useDeferredValue(latestRows);
  const column = columns.find(({ key }) => key === sort.key);
  const sortedAll = useMemo(
    () => (column === undefined ? all : sortRowsOnce(all, column.value, sort.direction)),
    [all, column, sort.direction],
  );
  const sorted = useMemo(
    () =>
      rows === all
        ? [...sortedAll]
        : inSortedOrder(sortedAll, rows, () =>
            column === undefined ? [...rows] : sortRows(rows, column.value, sort.direction),
          ),
    [all, sortedAll, rows, column, sort.direction],
  );
  const toggle = (key: string) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return { sorted, sort, toggle, stale: rows !== latestRows };
}

import { useMemo, useState } from 'react';
import { sortRows, type SortDirection, type SortValue } from '../../lib/sort-rows';

export interface Column<T> {
  key: string;
  header: string;
  value: (row: T) => SortValue;
}

export function useSort<T>(rows: readonly T[], columns: Column<T>[], initialKey: string) {
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({
    key: initialKey,
    direction: 'ascending',
  });
  const sorted = useMemo(() => {
    const column = columns.find(({ key }) => key === sort.key);
    return column === undefined ? [...rows] : sortRows(rows, column.value, sort.direction);
  }, [rows, columns, sort]);
  const toggle = (key: string) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return { sorted, sort, toggle };
}

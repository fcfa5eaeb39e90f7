import { useRowLimit } from './use-row-limit';
import { useRowSelection } from './use-row-selection';
import { useSort, type Column } from './use-sort';

/**
 * What a linked table shows: its rows sorted (once per column, kept through filters), the selected
 * row always among those drawn, and the row limit's "show more".
 */
export function useTableRows<T>({
  rows,
  all,
  columns,
  initialKey,
  kind,
  idOf,
}: {
  rows: readonly T[];
  /** Every row before filtering. */
  all: readonly T[];
  columns: Column<T>[];
  initialKey: string;
  kind: 'pairing' | 'organisation';
  idOf: (row: T) => string;
}) {
  const { sorted, sort, toggle, stale } = useSort(rows, columns, initialKey, all);
  const { selectedId, selectedRow, toggle: toggleRow } = useRowSelection(kind);
  const { visible, hidden, showMore } = useRowLimit(
    sorted,
    selectedId === null ? -1 : sorted.findIndex((row) => idOf(row) === selectedId),
  );
  return { sort, toggle, stale, selectedId, selectedRow, toggleRow, visible, hidden, showMore };
}

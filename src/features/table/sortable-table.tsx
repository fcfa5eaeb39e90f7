import type { ReactNode } from 'react';
import type { SortDirection } from '../../lib/sort-rows';
import { SortableHeader } from './sortable-header';
import type { Column } from './use-sort';

/** A captioned table in a focusable scroll region, so keyboard users can scroll it too. */
export function SortableTable<T>({
  caption,
  columns,
  sort,
  onSort,
  children,
  footer,
  stale = false,
}: {
  caption: string;
  columns: Column<T>[];
  sort: { key: string; direction: SortDirection };
  onSort: (key: string) => void;
  children: ReactNode;
  /** Under the table, inside the scroll region (e.g. "Show 500 more"). */
  footer?: ReactNode;
  /** The rows are catching up with a newer filter. */
  stale?: boolean;
}) {
  return (
    <div
      className={stale ? 'table-scroll stale' : 'table-scroll'}
      aria-busy={stale}
      tabIndex={0}
      role="region"
      aria-label={`${caption} table (scrolls)`}
    >
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.key}
                label={column.header}
                direction={sort.key === column.key ? sort.direction : null}
                onSort={() => onSort(column.key)}
              />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}

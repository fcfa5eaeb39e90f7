import type { SortDirection } from '../../lib/sort-rows';

export function SortableHeader({
  label,
  direction,
  onSort,
}: {
  label: string;
  direction: SortDirection | null;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true" className="sort-icon">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

import type { ReactNode, Ref } from 'react';

/** A row whose header cell is a toggle button: pressing it selects (or clears) the row's item. */
export function SelectableRow({
  selected,
  rowRef,
  label,
  accessibleName,
  onToggle,
  children,
}: {
  selected: boolean;
  rowRef: Ref<HTMLTableRowElement> | undefined;
  label: string;
  accessibleName: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <tr className={selected ? 'selected' : undefined} ref={rowRef}>
      <th scope="row">
        <button
          type="button"
          className="row-select"
          aria-pressed={selected}
          aria-label={accessibleName}
          onClick={onToggle}
        >
          {label}
        </button>
      </th>
      {children}
    </tr>
  );
}

import { useEffect, useRef } from 'react';

/** Brings the selected row into view when the selection was made elsewhere (map, card). */
export function useScrollSelected(selectedId: string | null) {
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  return selectedRow;
}

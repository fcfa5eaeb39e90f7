import { useEffect, useRef } from 'react';
import { useViewDispatch, useViewState } from '../../state/view-state-context';

/**
 * The table's side of linked selection: which row is selected, a ref that brings it into view when
 * the selection was made elsewhere (map, card), and a toggle for the row buttons.
 */
export function useRowSelection(kind: 'pairing' | 'organisation') {
  const { selection } = useViewState();
  const dispatch = useViewDispatch();
  const selectedId = selection?.kind === kind ? selection.id : null;
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  const toggle = (id: string) =>
    dispatch({ type: 'select', selection: id === selectedId ? null : { kind, id } });
  return { selectedId, selectedRow, toggle };
}

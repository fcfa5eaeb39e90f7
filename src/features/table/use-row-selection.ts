import { useEffect, useRef } from 'react';
import {
  useReadViewState,
  useSettledViewState,
  useViewDispatch,
} from '../../state/view-state-context';

/**
 * The table's side of linked selection: which row is selected, a ref that brings it into view when
 * the selection was made elsewhere (map, card), and a toggle for the row buttons.
 */
export function useRowSelection(kind: 'pairing' | 'organisation') {
  const { selection } = useSettledViewState();
  const dispatch = useViewDispatch();
  const readView = useReadViewState();
  const selectedId = selection?.kind === kind ? selection.id : null;
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => {
    // Scroll the table's own box only: scrolling the page would pull the map out of view.
    const row = selectedRow.current;
    const box = row?.closest('.table-scroll');
    if (!row || !(box instanceof HTMLElement)) return;
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = row.offsetTop - header;
    if (
      top < box.scrollTop ||
      row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight
    ) {
      box.scrollTop = Math.max(0, top);
    }
  }, [selectedId]);
  // A second click just after the first toggles what the first selected, not what is shown.
  const toggle = (id: string) => {
    const current = readView().selection;
    const selected = current?.kind === kind && current.id === id;
    dispatch({ type: 'select', selection: selected ? null : { kind, id } });
  };
  return { selectedId, selectedRow, toggle };
}

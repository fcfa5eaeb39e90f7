import { useEffect } from 'react';
import { useReadViewState, useViewDispatch } from '../state/view-state-context';

export function useEscapeClearsSelection() {
  const readView = useReadViewState();
  const dispatch = useViewDispatch();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // In presenter mode Escape leaves the presentation instead.
      const { selection, scene } = readView();
      if (selection !== null && scene === null) dispatch({ type: 'select', selection: null });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [readView, dispatch]);
}

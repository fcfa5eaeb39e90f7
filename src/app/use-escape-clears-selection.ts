import { useEffect } from 'react';
import { useViewDispatch, useSettledViewState } from '../state/view-state-context';

export function useEscapeClearsSelection() {
  const { selection, scene } = useSettledViewState();
  const dispatch = useViewDispatch();
  useEffect(() => {
    // In presenter mode Escape leaves the presentation instead.
    if (selection === null || scene !== null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented)
        dispatch({ type: 'select', selection: null });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selection, scene, dispatch]);
}

import { useEffect } from 'react';
import { useViewDispatch, useViewState } from '../state/view-state-context';

export function useEscapeClearsSelection() {
  const { selection } = useViewState();
  const dispatch = useViewDispatch();
  useEffect(() => {
    if (selection === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented)
        dispatch({ type: 'select', selection: null });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selection, dispatch]);
}

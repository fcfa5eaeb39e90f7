import { useEffect, useLayoutEffect, useRef } from 'react';
import { decodeViewState, encodeViewState, type UrlProblem } from '../domain/view/url-codec';
import type { ViewState } from '../domain/view/view-state';
import { useReadViewState, useSettledViewState, useViewDispatch } from './view-state-context';

function withoutCamera(state: ViewState): string {
  return encodeViewState({ ...state, camera: null });
}

/**
 * Keeps the address bar in step with the view. Changes that matter (filters, selection, layers)
 * add a history entry, so Back and Forward step through them; camera moves only replace it.
 * It follows the settled view, so the write is not part of the click that drew the map, and it is
 * made as that view is committed (a layout effect), so the address bar never lags the page.
 * After Back or Forward it writes nothing until the settled view has caught up with the restored
 * one: a view the panels were still rendering when the key was pressed would otherwise be pushed
 * as a new entry, which drops the entries Forward goes to.
 */
export function useUrlSync(onProblems: (problems: UrlProblem[]) => void) {
  const state = useSettledViewState();
  const dispatch = useViewDispatch();
  const readLive = useReadViewState();
  const previous = useRef(state);
  const restoring = useRef(false);

  useLayoutEffect(() => {
    if (restoring.current) {
      if (state !== readLive()) return;
      restoring.current = false;
    }
    const search = encodeViewState(state);
    const current = window.location.search.replace(/^\?/, '');
    if (search !== current) {
      const url = `${window.location.pathname}${search === '' ? '' : `?${search}`}${window.location.hash}`;
      if (withoutCamera(previous.current) === withoutCamera(state))
        window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    previous.current = state;
  }, [state, readLive]);

  useEffect(() => {
    const onPopState = () => {
      const decoded = decodeViewState(window.location.search);
      previous.current = decoded.state;
      restoring.current = true;
      dispatch({ type: 'restore', state: decoded.state });
      if (decoded.problems.length > 0) onProblems(decoded.problems);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [dispatch, onProblems]);
}

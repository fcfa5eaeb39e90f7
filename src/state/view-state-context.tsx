import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useReducer,
  useRef,
  type Dispatch,
  type ReactNode,
} from 'react';
import {
  INITIAL_VIEW_STATE,
  viewStateReducer,
  type ViewAction,
  type ViewState,
} from '../domain/view/view-state';
import { useValueAfterFrame } from '../lib/use-value-after-frame';

const StateContext = createContext<ViewState | null>(null);
const SettledStateContext = createContext<ViewState | null>(null);
const DispatchContext = createContext<Dispatch<ViewAction> | null>(null);
const ReadContext = createContext<(() => ViewState) | null>(null);

export function ViewStateProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: ViewState | undefined;
}) {
  const [state, dispatch] = useReducer(viewStateReducer, initial ?? INITIAL_VIEW_STATE);
  const settled = useValueAfterFrame(state);
  const live = useRef(state);
  useLayoutEffect(() => {
    live.current = state;
  }, [state]);
  const read = useCallback(() => live.current, []);
  return (
    <StateContext.Provider value={state}>
      <SettledStateContext.Provider value={settled}>
        <DispatchContext.Provider value={dispatch}>
          <ReadContext.Provider value={read}>{children}</ReadContext.Provider>
        </DispatchContext.Provider>
      </SettledStateContext.Provider>
    </StateContext.Provider>
  );
}

/** The view as it is now: for the map, and for controls that show it or build the next one. */
export function useViewState(): ViewState {
  const state = useContext(StateContext);
  if (state === null) throw new Error('useViewState needs a ViewStateProvider');
  return state;
}

/**
 * The view once the next frame has been drawn: for what only shows it (tables, the address bar).
 * A change reaches the map in the next frame, and these follow in a render after it.
 */
export function useSettledViewState(): ViewState {
  const state = useContext(SettledStateContext);
  if (state === null) throw new Error('useSettledViewState needs a ViewStateProvider');
  return state;
}

export function useViewDispatch(): Dispatch<ViewAction> {
  const dispatch = useContext(DispatchContext);
  if (dispatch === null) throw new Error('useViewDispatch needs a ViewStateProvider');
  return dispatch;
}

/**
 * Reads the live view when an event happens, for handlers in components that render the settled
 * one: a key or a click pressed just after another then acts on the view the first one made.
 */
export function useReadViewState(): () => ViewState {
  const read = useContext(ReadContext);
  if (read === null) throw new Error('useReadViewState needs a ViewStateProvider');
  return read;
}

import {
  createContext,
  useContext,
  useDeferredValue,
  useReducer,
  type Dispatch,
  type ReactNode,
} from 'react';
import {
  INITIAL_VIEW_STATE,
  viewStateReducer,
  type ViewAction,
  type ViewState,
} from '../domain/view/view-state';

const StateContext = createContext<ViewState | null>(null);
const SettledStateContext = createContext<ViewState | null>(null);
const DispatchContext = createContext<Dispatch<ViewAction> | null>(null);

export function ViewStateProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: ViewState | undefined;
}) {
  const [state, dispatch] = useReducer(viewStateReducer, initial ?? INITIAL_VIEW_STATE);
  const settled = useDeferredValue(state);
  return (
    <StateContext.Provider value={state}>
      <SettledStateContext.Provider value={settled}>
        <DispatchContext.Provider value={dispatch}>{children}</DispatchContext.Provider>
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
 * The view a moment later (React's deferred value): for what only shows it (tables, the address
 * bar). A change reaches the map in the next frame, and these follow in a render that does not
 * hold that frame up.
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

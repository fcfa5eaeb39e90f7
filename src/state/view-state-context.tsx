import { createContext, useContext, useReducer, type Dispatch, type ReactNode } from 'react';
import {
  INITIAL_VIEW_STATE,
  viewStateReducer,
  type ViewAction,
  type ViewState,
} from '../domain/view/view-state';

const StateContext = createContext<ViewState | null>(null);
const DispatchContext = createContext<Dispatch<ViewAction> | null>(null);

export function ViewStateProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: ViewState | undefined;
}) {
  const [state, dispatch] = useReducer(viewStateReducer, initial ?? INITIAL_VIEW_STATE);
  return (
    <StateContext.Provider value={state}>
      <DispatchContext.Provider value={dispatch}>{children}</DispatchContext.Provider>
    </StateContext.Provider>
  );
}

export function useViewState(): ViewState {
  const state = useContext(StateContext);
  if (state === null) throw new Error('useViewState needs a ViewStateProvider');
  return state;
}

export function useViewDispatch(): Dispatch<ViewAction> {
  const dispatch = useContext(DispatchContext);
  if (dispatch === null) throw new Error('useViewDispatch needs a ViewStateProvider');
  return dispatch;
}

import { createContext, useContext, type ReactNode } from 'react';
import { useAtlasData, useAtlasView } from './use-atlas-view';
import { useSettledViewState, useViewState } from './view-state-context';

export type AtlasView = ReturnType<typeof useAtlasView>;

const LiveAtlasViewContext = createContext<AtlasView | null>(null);
const SettledAtlasViewContext = createContext<AtlasView | null>(null);

/**
 * The derived view (filtered facts, emphasis, boundaries…) computed here and read where it is
 * used, instead of being handed down through every layout. It comes twice over the same data:
 * from the live view state, for the map, and from the settled one, for the panels, tables and
 * charts. So a filter or a selection is drawn on the map in the next frame and the rest of the
 * page follows; data (a check's progress, a dataset) reach both at once.
 */
export function AtlasViewProvider({ children }: { children: ReactNode }) {
  const base = useAtlasData();
  const live = useAtlasView(base, useViewState());
  const settled = useAtlasView(base, useSettledViewState());
  return (
    <LiveAtlasViewContext value={live}>
      <SettledAtlasViewContext value={settled}>{children}</SettledAtlasViewContext>
    </LiveAtlasViewContext>
  );
}

function useAtlasViewFrom(context: typeof LiveAtlasViewContext): AtlasView {
  const value = useContext(context);
  if (value === null) throw new Error('the atlas view needs an AtlasViewProvider');
  return value;
}

/** The view for the panels, tables and charts. */
export const useAtlasViewContext = () => useAtlasViewFrom(SettledAtlasViewContext);

/** The view for the map. */
export const useLiveAtlasView = () => useAtlasViewFrom(LiveAtlasViewContext);

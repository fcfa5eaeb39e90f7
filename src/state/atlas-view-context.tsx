import { createContext, useContext, useDeferredValue, type ReactNode } from 'react';
import { useAtlasView } from './use-atlas-view';

export type AtlasView = ReturnType<typeof useAtlasView>;

const LiveAtlasViewContext = createContext<AtlasView | null>(null);
const SettledAtlasViewContext = createContext<AtlasView | null>(null);

/**
 * The derived view (filtered facts, emphasis, boundaries…) computed once and read where it is
 * used, instead of being handed down through every layout. The map reads it as it changes; the
 * panels, tables and charts read it a moment later (React's deferred value), so a filter or a
 * selection is drawn on the map in the next frame and the rest of the page follows.
 */
export function AtlasViewProvider({ children }: { children: ReactNode }) {
  const live = useAtlasView();
  const settled = useDeferredValue(live);
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

import { createContext, useContext } from 'react';
import type { useAtlasView } from './use-atlas-view';

export type AtlasView = ReturnType<typeof useAtlasView>;

/**
 * The derived view (filtered facts, emphasis, boundaries…) computed once by the app and read
 * where it is used, instead of being handed down through every layout.
 */
export const AtlasViewContext = createContext<AtlasView | null>(null);

export function useAtlasViewContext(): AtlasView {
  const value = useContext(AtlasViewContext);
  if (value === null) throw new Error('useAtlasViewContext needs an AtlasViewContext provider');
  return value;
}

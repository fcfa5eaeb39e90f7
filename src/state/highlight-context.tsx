import {
  createContext,
  useContext,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';

/**
 * Pairings that a chart is pointing at (hover or focus). Transient, so it is not view state and
 * never reaches the URL; the map brightens these and dims the rest while nothing is selected.
 */
type Highlight = readonly string[] | null;

const HighlightContext = createContext<[Highlight, Dispatch<SetStateAction<Highlight>>] | null>(
  null,
);

export function HighlightProvider({ children }: { children: ReactNode }) {
  const value = useState<Highlight>(null);
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

export function useHighlight() {
  const value = useContext(HighlightContext);
  if (value === null) throw new Error('useHighlight needs a HighlightProvider');
  return value;
}

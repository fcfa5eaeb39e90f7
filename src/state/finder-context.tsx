import {
  createContext,
  useContext,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { FinderModel } from '../domain/finder/finder-model';

/**
 * The partner finder's derived model, worked out by its lazily loaded engine and read by its
 * panel and the map, and which candidate is pointed at (a table row or a map line, hover or
 * focus). Transient: the URL holds only the finder's view state and weights.
 */
interface FinderContextValue {
  model: FinderModel | null;
  setModel: Dispatch<SetStateAction<FinderModel | null>>;
  hovered: string | null;
  setHovered: Dispatch<SetStateAction<string | null>>;
  /** The weightings grid is open, so it is worked out (36 re-rankings: only on request). */
  gridWanted: boolean;
  setGridWanted: Dispatch<SetStateAction<boolean>>;
}

const FinderContext = createContext<FinderContextValue | null>(null);

export function FinderProvider({ children }: { children: ReactNode }) {
  const [model, setModel] = useState<FinderModel | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [gridWanted, setGridWanted] = useState(false);
  const value = useMemo(
    () => ({ model, setModel, hovered, setHovered, gridWanted, setGridWanted }),
    [model, hovered, gridWanted],
  );
  return <FinderContext.Provider value={value}>{children}</FinderContext.Provider>;
}

export function useFinder(): FinderContextValue {
  const value = useContext(FinderContext);
  if (value === null) throw new Error('useFinder needs a FinderProvider');
  return value;
}

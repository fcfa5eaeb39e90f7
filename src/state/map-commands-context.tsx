import { createContext, useContext, useRef, type MutableRefObject, type ReactNode } from 'react';
import type { Bounds } from './selection-bounds';

/** Camera moves that other parts of the page ask the map for (search, fit to selection). */
export interface MapCommands {
  flyTo(target: { lon: number; lat: number; zoom: number }): void;
  fitBounds(bounds: Bounds): void;
  /** What the map shows now, and at what size: image export draws the same extent. */
  viewport(): { bounds: Bounds; width: number; height: number };
}

type CommandsRef = MutableRefObject<MapCommands | null>;

const MapCommandsContext = createContext<CommandsRef | null>(null);

export function MapCommandsProvider({ children }: { children: ReactNode }) {
  const commands = useRef<MapCommands | null>(null);
  return <MapCommandsContext.Provider value={commands}>{children}</MapCommandsContext.Provider>;
}

export function useMapCommands(): CommandsRef {
  const commands = useContext(MapCommandsContext);
  if (commands === null) throw new Error('useMapCommands needs a MapCommandsProvider');
  return commands;
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { fetchOwnData, readOwnFiles, type OwnData, type OwnDataResult } from '../data/own-data';

export interface DataSourceState {
  /** The last dataset someone brought; kept when they switch back to the built-in data. */
  own: OwnData | null;
  showOwn: boolean;
  busy: boolean;
  /** Why the last attempt failed; the data on screen stay as they were. */
  error: string | null;
}

interface DataSourceActions {
  openFiles(files: readonly File[]): Promise<boolean>;
  openLink(link: string): Promise<boolean>;
  showBuiltin(): void;
  showOwnAgain(): void;
  dismissError(): void;
}

let nextId = 0;

const INITIAL: DataSourceState = { own: null, showOwn: false, busy: false, error: null };

const DataSourceContext = createContext<(DataSourceState & DataSourceActions) | null>(null);

/** Which dataset the atlas shows: the built-in one, or one brought from files or a data= link. */
export function DataSourceProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataSourceState>(INITIAL);

  const settle = useCallback((result: OwnDataResult): boolean => {
    if ('error' in result) {
      setState((current) => ({ ...current, busy: false, error: result.error }));
      return false;
    }
    nextId += 1;
    setState({ own: { ...result.data, id: nextId }, showOwn: true, busy: false, error: null });
    return true;
  }, []);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      setState((current) => ({ ...current, busy: true, error: null }));
      return settle(await readOwnFiles(files));
    },
    [settle],
  );
  const openLink = useCallback(
    async (link: string) => {
      setState((current) => ({ ...current, busy: true, error: null }));
      return settle(await fetchOwnData(link, document.baseURI));
    },
    [settle],
  );
  const value = useMemo(
    () => ({
      ...state,
      openFiles,
      openLink,
      showBuiltin: () => setState((current) => ({ ...current, showOwn: false })),
      showOwnAgain: () => setState((current) => ({ ...current, showOwn: current.own !== null })),
      dismissError: () => setState((current) => ({ ...current, error: null })),
    }),
    [state, openFiles, openLink],
  );
  return <DataSourceContext.Provider value={value}>{children}</DataSourceContext.Provider>;
}

export function useDataSource() {
  const value = useContext(DataSourceContext);
  if (value === null) throw new Error('useDataSource needs a DataSourceProvider');
  return value;
}

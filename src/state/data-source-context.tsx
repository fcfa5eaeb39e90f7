import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  headingMap,
  type ColumnChoice,
  type FilePreview,
  type FileRole,
} from '../data/column-fields';
import type { FixKind } from '../data/coordinate-fixes';
import { readOwnFiles, type OwnData, type OwnDataResult } from '../data/own-data';
import { ownLinkQuery } from '../data/own-link-query';

/** Files read but not yet opened: their headings need matching to the atlas's fields first. */
export interface PendingColumns {
  data: Omit<OwnData, 'id'>;
  previews: FilePreview[];
  /** The person's choices so far, kept when they step back from the dialog. */
  choices: Partial<Record<FileRole, ColumnChoice>>;
  /** Whether the column step is on screen; stepping back keeps the files and the choices. */
  open: boolean;
}

export interface DataSourceState {
  /** The last dataset someone brought; kept when they switch back to the built-in data. */
  own: OwnData | null;
  showOwn: boolean;
  busy: boolean;
  /** Why the last attempt failed; the data on screen stay as they were. */
  error: string | null;
  /** Files waiting for the column step; null when none are. */
  pending: PendingColumns | null;
}

interface DataSourceActions {
  openFiles(files: readonly File[]): Promise<boolean>;
  openLink(link: string): Promise<boolean>;
  /** Tables pasted from a spreadsheet (tab separated, with their heading rows). */
  openPasted(tables: { organisations: string; pairings: string }): Promise<boolean>;
  showBuiltin(): void;
  showOwnAgain(): void;
  dismissError(): void;
  /** Opens the pending files with the columns the person chose. */
  confirmColumns(): void;
  setColumnChoices(choices: Partial<Record<FileRole, ColumnChoice>>): void;
  /** Steps back from the column step, keeping the files and choices; what is shown stays. */
  closeColumns(): void;
  reopenColumns(): void;
  /** Forgets the files waiting for the column step. */
  discardColumns(): void;
  /** Opens the shown data again with one more kind of correction applied. */
  applyFix(fix: FixKind): void;
}

let nextId = 0;

const INITIAL: DataSourceState = {
  own: null,
  showOwn: false,
  busy: false,
  error: null,
  pending: null,
};

const DataSourceContext = createContext<(DataSourceState & DataSourceActions) | null>(null);

/** Which dataset the atlas shows: the built-in one, or one brought from files or a data= link. */
export function DataSourceProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataSourceState>(INITIAL);
  const client = useQueryClient();
  // Reading opened files changes what the atlas holds: a mutation, where a link is a query.
  const { mutateAsync: readFiles } = useMutation({
    mutationKey: ['own-files'],
    mutationFn: readOwnFiles,
  });

  const open = useCallback((data: Omit<OwnData, 'id'>) => {
    nextId += 1;
    setState({
      own: { ...data, id: nextId },
      showOwn: true,
      busy: false,
      error: null,
      pending: null,
    });
  }, []);

  // Files whose headings say where every needed field is open at once; others wait for the
  // column step. The parser behind the plan loads only now.
  const settle = useCallback(
    async (result: OwnDataResult): Promise<boolean> => {
      if ('error' in result) {
        setState((current) => ({ ...current, busy: false, error: result.error }));
        return false;
      }
      const { planColumns } = await import('../data/column-mapping');
      const plan = planColumns(result.data);
      if (plan.needed) {
        setState((current) => ({
          ...current,
          busy: false,
          pending: {
            data: result.data,
            previews: plan.previews,
            choices: Object.fromEntries(plan.previews.map((file) => [file.role, file.guessed])),
            open: true,
          },
        }));
        return false;
      }
      open(result.data);
      return true;
    },
    [open],
  );

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      setState((current) => ({ ...current, busy: true, error: null, pending: null }));
      return settle(await readFiles(files));
    },
    [settle, readFiles],
  );
  const openLink = useCallback(
    async (link: string) => {
      setState((current) => ({ ...current, busy: true, error: null }));
      return settle(await client.fetchQuery(ownLinkQuery(link)));
    },
    [settle, client],
  );
  const openPasted = useCallback(
    async ({ organisations, pairings }: { organisations: string; pairings: string }) => {
      if (organisations.trim() === '') {
        setState((current) => ({
          ...current,
          error: 'Paste the organisations table first (with its heading row).',
        }));
        return false;
      }
      setState((current) => ({ ...current, busy: true, error: null, pending: null }));
      return settle({
        data: {
          label: 'pasted tables',
          organisations,
          pairings,
          evidence: null,
          story: null,
          fileNames: { organisations: 'pasted organisations', pairings: 'pasted pairings' },
        },
      });
    },
    [settle],
  );
  const updatePending = useCallback(
    (change: Partial<PendingColumns>) =>
      setState((current) =>
        current.pending === null
          ? current
          : { ...current, pending: { ...current.pending, ...change } },
      ),
    [],
  );
  const value = useMemo(
    () => ({
      ...state,
      openFiles,
      openLink,
      openPasted,
      showBuiltin: () => setState((current) => ({ ...current, showOwn: false })),
      showOwnAgain: () => setState((current) => ({ ...current, showOwn: current.own !== null })),
      dismissError: () => setState((current) => ({ ...current, error: null })),
      confirmColumns: () => {
        if (state.pending === null) return;
        const { choices } = state.pending;
        open({
          ...state.pending.data,
          columns: {
            organisations: headingMap(choices.organisations ?? {}),
            pairings: headingMap(choices.pairings ?? {}),
          },
        });
      },
      setColumnChoices: (choices: Partial<Record<FileRole, ColumnChoice>>) =>
        updatePending({ choices }),
      closeColumns: () => updatePending({ open: false }),
      reopenColumns: () => updatePending({ open: true }),
      discardColumns: () => setState((current) => ({ ...current, pending: null })),
      applyFix: (fix: FixKind) => {
        if (state.own === null) return;
        open({ ...state.own, fixes: [...new Set([...(state.own.fixes ?? []), fix])] });
      },
    }),
    [state, openFiles, openLink, openPasted, open, updatePending],
  );
  return <DataSourceContext.Provider value={value}>{children}</DataSourceContext.Provider>;
}

export function useDataSource() {
  const value = useContext(DataSourceContext);
  if (value === null) throw new Error('useDataSource needs a DataSourceProvider');
  return value;
}

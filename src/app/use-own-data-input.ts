import { useCallback, useEffect } from 'react';
import { useFileDrop } from '../features/own-data/use-file-drop';
import { useDataSource } from '../state/data-source-context';
import { useViewDispatch, useSettledViewState } from '../state/view-state-context';

/**
 * Where someone's own data come in: files dropped on the page, and a data= link. While files are
 * being opened, checked or refused, the Data drawer is open to show the progress or the problem.
 */
export function useOwnDataInput(data: { isChecking: boolean; checkError: string | null }) {
  const view = useSettledViewState();
  const dispatch = useViewDispatch();
  const source = useDataSource();
  const { openFiles, openLink } = source;
  const forgetDataLink = useCallback(
    () => dispatch({ type: 'set-data-url', url: null }),
    [dispatch],
  );
  const dragging = useFileDrop(
    useCallback(
      (files: File[]) =>
        void openFiles(files).then((opened) => {
          if (opened) forgetDataLink();
        }),
      [openFiles, forgetDataLink],
    ),
  );
  useEffect(() => {
    if (view.dataUrl !== null) void openLink(view.dataUrl);
  }, [view.dataUrl, openLink]);
  const news =
    source.busy ||
    source.error !== null ||
    source.pending !== null ||
    data.isChecking ||
    data.checkError !== null;
  useEffect(() => {
    if (news) dispatch({ type: 'set-panel', panel: 'data' });
  }, [news, dispatch]);
  return { dragging, forgetDataLink };
}

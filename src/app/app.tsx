import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PAPER } from '../data/paper';
import { regionOptions } from '../domain/filter-options';
import { SelectionDetails } from '../features/detail/selection-details';
import { PngExport } from '../features/export/png-export';
import { FilterPanel } from '../features/filters/filter-panel';
import { FilterSummary } from '../features/filters/filter-summary';
import { CameraControls } from '../features/map/camera-controls';
import { distanceLabelsCapped } from '../features/map/distance-label-limit';
import { LayerControls } from '../features/map/layer-controls';
import { MapLegend } from '../features/map/map-legend';
import { OwnDataPanel } from '../features/own-data/own-data-panel';
import { useFileDrop } from '../features/own-data/use-file-drop';
import { PresentButton } from '../features/present/present-button';
import { LazySearchBox } from '../features/search/lazy-search-box';
import { CsvDownloads } from '../features/share/csv-downloads';
import { SharePanel } from '../features/share/share-panel';
import { OrganisationsTable } from '../features/table/organisations-table';
import { PairingsTable } from '../features/table/pairings-table';
import { AtlasViewContext } from '../state/atlas-view-context';
import { useDataSource } from '../state/data-source-context';
import { EvaluationContext } from '../state/evaluation-context';
import { sceneViewState } from '../state/scene-view-state';
import { selectionName } from '../state/selection-selectors';
import type { UrlProblem } from '../state/url-codec';
import { useAtlasView } from '../state/use-atlas-view';
import { useSceneSync } from '../state/use-scene-sync';
import { useStory } from '../state/use-story';
import { useUrlSync } from '../state/use-url-sync';
import type { ViewState } from '../state/view-state';
import { useViewDispatch } from '../state/view-state-context';
import { AtlasMap } from './atlas-map';
import { ChartsSection } from './charts-section';
import { DataIssues } from './data-issues';
import { DataIssuesNotice } from './data-issues-notice';
import { EmbedView } from './embed-view';
import { ExploreLayout } from './explore-layout';
import { LoadError } from './load-error';
import { PresenterStatus } from './presenter-status';
import { PresenterView } from './presenter-view';
import { ShareMenu } from './share-menu';
import { UpdatePrompt } from './update-prompt';
import { UrlNotice } from './url-notice';
import { useEscapeClearsSelection } from './use-escape-clears-selection';

export function App({ initialProblems = [] }: { initialProblems?: UrlProblem[] }) {
  const [problems, setProblems] = useState(initialProblems);
  useUrlSync(setProblems);
  useEscapeClearsSelection();
  const atlasView = useAtlasView();
  const { data, boundaries, atlas, filtered, selected, emphasis, bounds, boundary, view } =
    atlasView;
  const regions = useMemo(
    () => (atlas === null ? [] : regionOptions(atlas.facts.organisations)),
    [atlas],
  );
  const organisations = data.dataset?.organisations ?? [];
  const selectionMissing = atlas !== null && view.selection !== null && selected === null;
  const screen = (content: ReactNode) => (
    <AtlasViewContext value={atlasView}>
      <EvaluationContext value={data.own ? null : PAPER}>{content}</EvaluationContext>
    </AtlasViewContext>
  );

  const dispatch = useViewDispatch();
  const story = useStory(view.scene !== null);
  const loadedStory = story.story;
  const addProblem = useCallback(
    (problem: UrlProblem) => setProblems((current) => [...current, problem]),
    [],
  );
  useSceneSync(loadedStory, addProblem);
  // The view to go back to when a presentation started from the Present button ends.
  const returnTo = useRef<ViewState | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const present = () => {
    returnTo.current = view;
    dispatch({ type: 'restore', state: { ...view, scene: 1 } });
  };
  const goToScene = (scene: number) => {
    if (loadedStory !== null)
      dispatch({ type: 'restore', state: sceneViewState(loadedStory, scene) });
  };
  const leave = () => {
    const back = returnTo.current ?? view;
    returnTo.current = null;
    dispatch({ type: 'restore', state: { ...back, scene: null } });
  };
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
  // Files being opened, checked or refused: the Data drawer shows the progress and any problem.
  const ownDataNews =
    source.busy || source.error !== null || data.isChecking || data.checkError !== null;
  useEffect(() => {
    if (ownDataNews) dispatch({ type: 'set-panel', panel: 'data' });
  }, [ownDataNews, dispatch]);

  const wasPresenting = useRef(view.scene !== null);
  useEffect(() => {
    if (wasPresenting.current && view.scene === null) presentButton.current?.focus();
    wasPresenting.current = view.scene !== null;
  }, [view.scene]);

  if (view.scene !== null) {
    if (loadedStory !== null && atlas !== null && filtered !== null) {
      return screen(
        <PresenterView
          story={loadedStory}
          scene={view.scene}
          facts={filtered}
          organisations={organisations}
          goTo={goToScene}
          leave={leave}
        >
          <UrlNotice problems={problems} onDismiss={() => setProblems([])} />
        </PresenterView>,
      );
    }
    return (
      <PresenterStatus
        error={story.error ?? data.errors[0] ?? null}
        issues={story.issues}
        onRetry={() => {
          story.retry();
          data.retry();
        }}
        onLeave={leave}
      />
    );
  }

  if (view.embed && atlas !== null && filtered !== null) {
    return screen(<EmbedView organisations={organisations} />);
  }

  return screen(
    <ExploreLayout
      search={atlas === null ? null : <LazySearchBox organisations={atlas.facts.organisations} />}
      present={story.available && <PresentButton ref={presentButton} onPresent={present} />}
      share={
        <ShareMenu>
          <SharePanel />
          {filtered !== null && atlas !== null && (
            <>
              <PngExport
                facts={filtered}
                totalPairings={atlas.facts.pairings.length}
                selectedName={selectionName(selected)}
                boundary={boundary}
                emphasis={emphasis}
                organisations={organisations}
              />
              <CsvDownloads facts={filtered} />
            </>
          )}
        </ShareMenu>
      }
      notices={
        <>
          <UpdatePrompt />
          <UrlNotice problems={problems} onDismiss={() => setProblems([])} />
          {selectionMissing && (
            <p role="status" className="notice notice-warning">
              This link selects something that is not in the data; nothing is selected.
            </p>
          )}
          {data.errors.length > 0 && (
            <LoadError errors={data.errors} onRetry={data.retry} retrying={data.isRetrying} />
          )}
          {atlas !== null && view.panel !== 'data' && (
            <DataIssuesNotice
              issues={atlas.issues}
              onShow={() => dispatch({ type: 'set-panel', panel: 'data' })}
            />
          )}
          {data.isLoading && data.errors.length === 0 && (
            <p role="status" className="notice">
              Loading programme data…
            </p>
          )}
        </>
      }
      counts={
        atlas !== null &&
        filtered !== null && (
          <FilterSummary
            filters={view.filters}
            shown={{
              pairings: filtered.pairings.length,
              organisations: filtered.organisations.length,
            }}
            total={{
              pairings: atlas.facts.pairings.length,
              organisations: atlas.facts.organisations.length,
            }}
          />
        )
      }
      panelContent={
        atlas !== null &&
        filtered !== null && (
          <>
            <FilterPanel regions={regions} />
            <LayerControls
              missingBoundaries={boundaries.missing}
              distanceLabelsCapped={distanceLabelsCapped(filtered.pairings)}
            />
            <MapLegend organisations={organisations} />
          </>
        )
      }
      map={<AtlasMap keyboard />}
      mapTools={atlas !== null && <CameraControls selectionBounds={bounds} />}
      selection={
        atlas !== null && selected !== null ? (
          <SelectionDetails selected={selected} facts={atlas.facts} />
        ) : null
      }
      drawer={(panel) =>
        atlas === null || filtered === null ? null : panel === 'tables' ? (
          <div className="drawer-tables" id="pairings-panel">
            <PairingsTable pairings={filtered.pairings} />
            <OrganisationsTable organisations={filtered.organisations} />
          </div>
        ) : panel === 'charts' ? (
          <ChartsSection pairings={filtered.pairings} />
        ) : (
          <div className="drawer-data">
            <OwnDataPanel
              dataset={data.dataset}
              showingOwn={data.own}
              checking={data.isChecking}
              progress={data.checkProgress}
              checkError={data.checkError}
              onOpened={forgetDataLink}
            />
            <DataIssues issues={atlas.issues} />
          </div>
        )
      }
      missingBoundaries={boundaries.missing}
      dragging={dragging}
    />,
  );
}

import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { regionOptions, sectorOptions } from '../domain/filter-options';
import type { UrlProblem } from '../domain/view/url-codec';
import { SelectionDetails } from '../features/detail/selection-details';
import { FilterPanel } from '../features/filters/filter-panel';
import { FilterSummary } from '../features/filters/filter-summary';
import { LazyFinderPanel } from '../features/finder/lazy-finder';
import { CameraControls } from '../features/map/camera-controls';
import { distanceLabelsCapped } from '../features/map/distance-label-limit';
import { PngExport } from '../features/map/export/png-export';
import { LayerControls } from '../features/map/layer-controls';
import { MapLegend } from '../features/map/map-legend';
import { ColumnStep } from '../features/own-data/column-step';
import { OwnDataPanel } from '../features/own-data/own-data-panel';
import { LazySearchBox } from '../features/search/lazy-search-box';
import { CsvDownloads } from '../features/share/csv-downloads';
import { SharePanel } from '../features/share/share-panel';
import { OrganisationsTable } from '../features/table/organisations-table';
import { PairingsTable } from '../features/table/pairings-table';
import { useAtlasViewContext } from '../state/atlas-view-context';
import { useDataSource } from '../state/data-source-context';
import { selectionName } from '../state/selection-selectors';
import { useViewDispatch } from '../state/view-state-context';
import { AtlasMap } from './atlas-map';
import { ChartsSection } from './charts-section';
import { DataIssues } from './data-issues';
import { DataIssuesNotice } from './data-issues-notice';
import { ExploreLayout } from './explore-layout';
import { LoadError } from './load-error';
import { ModalSheet } from './modal-sheet';
import { ShareMenu } from './share-menu';
import { UpdatePrompt } from './update-prompt';
import { UrlNotice } from './url-notice';

/** Exploring: the map with its panel, the selection card, the drawers and the share menu. */
export function ExploreScreen({
  present,
  problems,
  onDismissProblems,
  dragging,
  onOwnDataOpened,
  datasetTitle,
}: {
  /** What opened data are called; null while the built-in data are shown. */
  datasetTitle: string | null;
  /** The Present button, when there is a story to present. */
  present: ReactNode;
  problems: UrlProblem[];
  onDismissProblems: () => void;
  dragging: boolean;
  onOwnDataOpened: () => void;
}) {
  const { data, boundaries, atlas, filtered, selected, emphasis, bounds, boundary, view } =
    useAtlasViewContext();
  const dispatch = useViewDispatch();
  const {
    applyFix,
    own: ownSource,
    pending,
    confirmColumns,
    setColumnChoices,
    closeColumns,
  } = useDataSource();
  const ownLabel = ownSource?.label;
  const regions = useMemo(
    () => (atlas === null ? [] : regionOptions(atlas.facts.organisations)),
    [atlas],
  );
  const sectors = useMemo(
    () => (atlas === null ? [] : sectorOptions(atlas.facts.organisations)),
    [atlas],
  );
  const organisations = data.dataset?.organisations ?? [];
  // Boundaries loaded and no ICB around the site: it lies outside England.
  const outsideEngland = useMemo(
    () =>
      atlas === null
        ? 0
        : atlas.facts.organisations.filter(({ areas }) => areas.icb === null).length,
    [atlas],
  );
  const selectionMissing = atlas !== null && view.selection !== null && selected === null;

  return (
    <>
      {pending !== null && (
        <ModalSheet
          open={pending.open}
          title="Match your columns"
          onClose={closeColumns}
          className="column-dialog"
        >
          <ColumnStep
            key={pending.data.label}
            pending={pending}
            onChange={setColumnChoices}
            onConfirm={() => {
              confirmColumns();
              onOwnDataOpened();
            }}
            onBack={closeColumns}
          />
        </ModalSheet>
      )}
      <ExploreLayout
        search={atlas === null ? null : <LazySearchBox organisations={atlas.facts.organisations} />}
        present={present}
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
                  datasetTitle={datasetTitle}
                  dataCredit={data.own ? (ownLabel ?? null) : null}
                />
                <CsvDownloads facts={filtered} />
              </>
            )}
          </ShareMenu>
        }
        notices={
          <>
            <UpdatePrompt />
            <UrlNotice problems={problems} onDismiss={onDismissProblems} />
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
            <>
              {datasetTitle !== null && <p className="dataset-title">Your data: {datasetTitle}</p>}
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
            </>
          )
        }
        panelContent={
          atlas !== null &&
          filtered !== null && (
            <>
              <FilterPanel regions={regions} sectors={sectors} />
              <LayerControls
                missingBoundaries={boundaries.missing}
                distanceLabelsCapped={distanceLabelsCapped(filtered.pairings)}
                sitesOutsideEngland={outsideEngland}
                sites={atlas.facts.organisations.length}
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
        finder={atlas !== null && view.finder !== null ? <LazyFinderPanel /> : null}
        onToggleFinder={() =>
          dispatch({
            type: 'set-finder',
            finder:
              view.finder !== null
                ? null
                : {
                    organisation:
                      view.selection?.kind === 'organisation' ? view.selection.id : null,
                    allSectors: false,
                    plan: null,
                  },
          })
        }
        drawer={(panel) =>
          atlas === null || filtered === null ? null : panel === 'tables' ? (
            <div className="drawer-tables" id="pairings-panel">
              <PairingsTable pairings={filtered.pairings} all={atlas.facts.pairings} />
              <OrganisationsTable
                organisations={filtered.organisations}
                all={atlas.facts.organisations}
              />
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
                onOpened={onOwnDataOpened}
              />
              <DataIssues issues={atlas.issues} onFix={data.own ? applyFix : undefined} />
            </div>
          )
        }
        missingBoundaries={boundaries.missing}
        dragging={dragging}
      />
    </>
  );
}

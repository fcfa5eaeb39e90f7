import { Suspense, lazy, useMemo } from 'react';
import { BOUNDARY_LABELS } from '../domain/geo/boundaries';
import { SelectionDetails } from '../features/detail/selection-details';
import { LayerControls } from '../features/map/layer-controls';
import { MapLegend } from '../features/map/map-legend';
import { OrganisationsTable } from '../features/table/organisations-table';
import { PairingsTable } from '../features/table/pairings-table';
import { selectEmphasis, selectSelectedFacts } from '../state/selection-selectors';
import { useAtlasFacts } from '../state/use-atlas-facts';
import { useBoundaries } from '../state/use-boundaries';
import { useDataset } from '../state/use-dataset';
import { useViewState } from '../state/view-state-context';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { DataIssues } from './data-issues';
import { ErrorBoundary } from './error-boundary';
import { LoadError } from './load-error';
import { useEscapeClearsSelection } from './use-escape-clears-selection';

// The map (MapLibre + deck.gl) is most of the JavaScript: the text and tables paint before it loads.
const MapView = lazy(() => import('../features/map/map-view'));

export function App() {
  const { dataset, isLoading, errors, retry, isRetrying } = useDataset();
  const boundaries = useBoundaries();
  const atlas = useAtlasFacts(dataset, boundaries);
  const view = useViewState();
  useEscapeClearsSelection();

  const selected = useMemo(
    () => (atlas === null ? null : selectSelectedFacts(atlas.facts, view.selection)),
    [atlas, view.selection],
  );
  const emphasis = useMemo(() => selectEmphasis(selected), [selected]);
  const boundary =
    view.boundaryLayer === 'none' ? null : (boundaries.collections[view.boundaryLayer] ?? null);

  return (
    <>
      <a className="skip-link" href="#pairings-panel">
        Skip to the tables
      </a>
      <AppHeader />
      <main>
        {errors.length > 0 && <LoadError errors={errors} onRetry={retry} retrying={isRetrying} />}
        {isLoading && errors.length === 0 && (
          <p role="status" className="notice">
            Loading programme data…
          </p>
        )}
        {atlas !== null && (
          <div className="atlas-layout">
            <section className="map-panel" aria-labelledby="map-heading">
              <h2 id="map-heading" className="visually-hidden">
                Map of organisations and pairings
              </h2>
              <LayerControls missingBoundaries={boundaries.missing} />
              {boundaries.missing.length > 0 && (
                <p role="status" className="notice">
                  Boundary layers not available in this build:{' '}
                  {boundaries.missing.map((layer) => BOUNDARY_LABELS[layer]).join(', ')}. Same-ICS
                  and same-STP checks show as unknown. Run <code>npm run boundaries</code> to build
                  them.
                </p>
              )}
              <ErrorBoundary what="map">
                <Suspense fallback={<p className="map-canvas map-loading">Loading the map…</p>}>
                  <MapView facts={atlas.facts} boundary={boundary} emphasis={emphasis} />
                </Suspense>
              </ErrorBoundary>
              <MapLegend organisations={dataset?.organisations ?? []} />
            </section>
            <div className="side-panel" id="pairings-panel">
              <SelectionDetails selected={selected} facts={atlas.facts} />
              <PairingsTable pairings={atlas.facts.pairings} />
              <OrganisationsTable organisations={atlas.facts.organisations} />
              <DataIssues issues={atlas.issues} />
            </div>
          </div>
        )}
      </main>
      <AppFooter />
    </>
  );
}

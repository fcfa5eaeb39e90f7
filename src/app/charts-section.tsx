import { Suspense, lazy } from 'react';
import type { PairingFacts } from '../domain/derive-facts';
import { useViewDispatch, useViewState } from '../state/view-state-context';
import { ErrorBoundary } from './error-boundary';

const ChartsPanel = lazy(() => import('../features/charts/charts-panel'));

export function ChartsSection({ pairings }: { pairings: PairingFacts[] }) {
  const { showCharts } = useViewState();
  const dispatch = useViewDispatch();
  return (
    <section className="charts-section" aria-labelledby="charts-heading">
      <div className="card-heading">
        <h2 id="charts-heading">Why pairings worked: charts</h2>
        <button
          type="button"
          aria-expanded={showCharts}
          aria-controls="charts-content"
          onClick={() => dispatch({ type: 'set-charts-open', open: !showCharts })}
        >
          {showCharts ? 'Hide charts' : 'Show charts'}
        </button>
      </div>
      <div id="charts-content">
        {showCharts ? (
          <ErrorBoundary what="charts">
            <Suspense fallback={<p role="status">Loading the charts…</p>}>
              <ChartsPanel pairings={pairings} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="muted">
            Alignment factors, distance and platform, vendor to vendor, and the direction knowledge
            flowed. The charts follow the filters; pressing a bar filters or selects on the map.
          </p>
        )}
      </div>
    </section>
  );
}

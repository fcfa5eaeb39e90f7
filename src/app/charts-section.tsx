import { Suspense, lazy } from 'react';
import type { Scene } from '../data/story-schema';
import type { PairingFacts } from '../domain/derive-facts';
import { ErrorBoundary } from './error-boundary';

const ChartsPanel = lazy(() => import('../features/charts/charts-panel'));

/** The charts in the drawer: loaded the first time the drawer shows them. */
export function ChartsSection({ pairings }: { pairings: PairingFacts[] }) {
  return (
    <ErrorBoundary what="charts">
      <Suspense fallback={<p role="status">Loading the charts…</p>}>
        <p className="muted drawer-intro">
          Why pairings worked: alignment factors, distance and platform, vendor to vendor, and the
          direction knowledge flowed. The charts follow the filters; pressing a bar filters or
          selects on the map.
        </p>
        <ChartsPanel pairings={pairings} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** A presenter scene's one chart, loaded when the scene shows it. */
export function SceneChart({
  pairings,
  only,
}: {
  pairings: PairingFacts[];
  only: NonNullable<Scene['chart']>;
}) {
  return (
    <ErrorBoundary what="chart">
      <Suspense fallback={<p role="status">Loading the chart…</p>}>
        <ChartsPanel pairings={pairings} only={only} />
      </Suspense>
    </ErrorBoundary>
  );
}

import { Suspense, lazy } from 'react';
import type { MapViewProps } from '../features/map/map-view';
import { ErrorBoundary } from './error-boundary';

// The map (MapLibre + deck.gl) is most of the JavaScript: the text and tables paint before it loads.
const MapView = lazy(() => import('../features/map/map-view'));

export function LazyMap(props: MapViewProps) {
  return (
    <ErrorBoundary what="map">
      <Suspense fallback={<p className="map-canvas map-loading">Loading the map…</p>}>
        <MapView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

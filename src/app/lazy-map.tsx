import { Suspense, lazy } from 'react';
import type { MapViewProps } from '../features/map/map-view';
import { ErrorBoundary } from './error-boundary';

const loadMapView = () => import('../features/map/map-view');
let mapView: ReturnType<typeof loadMapView> | null = null;

/**
 * Starts loading the map (MapLibre + deck.gl, most of the JavaScript). The app calls it once the
 * page has painted, so the browser reads the map's code while the data are on their way rather
 * than after they are in; the text and tables paint first.
 */
export function preloadMap() {
  mapView ??= loadMapView();
  return mapView;
}

const MapView = lazy(preloadMap);

export function LazyMap(props: MapViewProps) {
  return (
    <ErrorBoundary what="map">
      <Suspense fallback={<p className="map-canvas map-loading">Loading the map…</p>}>
        <MapView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

import { useEffect, useState } from 'react';
import type { MapViewProps } from '../features/map/map-view';
import { ErrorBoundary } from './error-boundary';

const loadMapView = () => import('../features/map/map-view');
type MapViewModule = Awaited<ReturnType<typeof loadMapView>>;
let mapView: Promise<MapViewModule> | null = null;
let loaded: MapViewModule | null = null;

/**
 * Starts loading the map (MapLibre + deck.gl, most of the JavaScript). The app calls it once the
 * page has painted, so the browser reads the map's code while the data are on their way rather
 * than after they are in; the text and tables paint first.
 */
export function preloadMap() {
  mapView ??= loadMapView().then((module) => (loaded = module));
  return mapView;
}

/**
 * The map once its code is in. Not React.lazy: React holds back a suspended part's content until
 * 300 ms after its fallback appeared (so parts of a page do not pop in one by one), and for the
 * map that delayed making it, and so its first frame, by that much.
 */
function LoadedMap(props: MapViewProps) {
  const [module, setModule] = useState(loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (module !== null) return;
    let current = true;
    preloadMap().then(
      (done) => current && setModule(done),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [module]);
  // Thrown to the error boundary around it, as a failed lazy import would be.
  if (failure !== null) throw failure;
  if (module === null) return <p className="map-canvas map-loading">Loading the map…</p>;
  return <module.default {...props} />;
}

export function LazyMap(props: MapViewProps) {
  return (
    <ErrorBoundary what="map">
      <LoadedMap {...props} />
    </ErrorBoundary>
  );
}

import MapView from '../features/map/map-view';
import { useLiveAtlasView } from '../state/atlas-view-context';
import { ErrorBoundary } from './error-boundary';

/** The map of what the filters let through, in whichever mode the app is in. */
export function AtlasMap({ keyboard = false }: { keyboard?: boolean }) {
  const { atlas, filtered, boundary, emphasis, fence, extent } = useLiveAtlasView();
  if (filtered === null) return null;
  return (
    <ErrorBoundary what="map">
      <MapView
        facts={filtered}
        every={atlas?.facts}
        boundary={boundary}
        emphasis={emphasis}
        fence={fence}
        extent={extent}
        keyboard={keyboard}
      />
    </ErrorBoundary>
  );
}

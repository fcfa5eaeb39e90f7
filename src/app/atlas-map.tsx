import { useLiveAtlasView } from '../state/atlas-view-context';
import { LazyMap } from './lazy-map';

/** The map of what the filters let through, in whichever mode the app is in. */
export function AtlasMap({ keyboard = false }: { keyboard?: boolean }) {
  const { atlas, filtered, boundary, emphasis, fence, extent } = useLiveAtlasView();
  if (filtered === null) return null;
  return (
    <LazyMap
      facts={filtered}
      every={atlas?.facts}
      boundary={boundary}
      emphasis={emphasis}
      fence={fence}
      extent={extent}
      keyboard={keyboard}
    />
  );
}

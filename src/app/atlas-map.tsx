import { useAtlasViewContext, useLiveAtlasView } from '../state/atlas-view-context';
import { LazyMap } from './lazy-map';

/** The map of what the filters let through, in whichever mode the app is in. */
export function AtlasMap({ keyboard = false }: { keyboard?: boolean }) {
  const { atlas, filtered, boundary, emphasis, fence, extent } = useLiveAtlasView();
  // The screen around the map (explore, present, embed) is chosen from the settled view: until
  // that has the data too, the map would show for a moment in a screen about to be swapped.
  const settled = useAtlasViewContext().atlas;
  if (filtered === null || settled === null) return null;
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

import { useMapCommands } from '../../state/map-commands-context';
import type { Bounds } from '../../state/selection-bounds';
import { useViewDispatch } from '../../state/view-state-context';

export function CameraControls({ selectionBounds }: { selectionBounds: Bounds | null }) {
  const commandsRef = useMapCommands();
  const dispatch = useViewDispatch();
  return (
    <div className="camera-controls">
      <button
        type="button"
        disabled={selectionBounds === null}
        onClick={() => selectionBounds && commandsRef.current?.fitBounds(selectionBounds)}
      >
        Fit to selection
      </button>
      <button type="button" onClick={() => dispatch({ type: 'set-camera', camera: null })}>
        Reset view
      </button>
    </div>
  );
}

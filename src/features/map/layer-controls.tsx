import {
  BOUNDARY_SHORT_LABELS,
  BOUNDARY_LAYERS,
  type BoundaryLayerId,
} from '../../domain/geo/boundaries';
import type {
  BasemapChoice,
  BoundaryChoice,
  LayerToggle,
  LineColouring,
} from '../../state/view-state';
import { useViewDispatch, useViewState } from '../../state/view-state-context';

const TOGGLES: { key: LayerToggle; label: string }[] = [
  { key: 'showLines', label: 'Pairing lines' },
  { key: 'showSites', label: 'Sites' },
  { key: 'showDistanceLabels', label: 'Distance labels' },
  { key: 'showSiteLabels', label: 'Site names' },
];

export function LayerControls({ missingBoundaries }: { missingBoundaries: BoundaryLayerId[] }) {
  const view = useViewState();
  const dispatch = useViewDispatch();
  return (
    <fieldset className="layer-controls">
      <legend>Layers</legend>
      {TOGGLES.map(({ key, label }) => (
        <label key={key} className="toggle">
          <input
            type="checkbox"
            checked={view[key]}
            onChange={(event) =>
              dispatch({ type: 'set-layer-visible', layer: key, visible: event.target.checked })
            }
          />
          {label}
        </label>
      ))}
      <label className="select-label">
        Boundaries
        <select
          value={view.boundaryLayer}
          onChange={(event) =>
            dispatch({ type: 'set-boundary-layer', layer: event.target.value as BoundaryChoice })
          }
        >
          {BOUNDARY_LAYERS.map((layer) => (
            <option key={layer} value={layer} disabled={missingBoundaries.includes(layer)}>
              {BOUNDARY_SHORT_LABELS[layer]}
              {missingBoundaries.includes(layer) ? ' (not available)' : ''}
            </option>
          ))}
          <option value="none">None</option>
        </select>
      </label>
      <label className="select-label">
        Line colour
        <select
          value={view.lineColouring}
          onChange={(event) =>
            dispatch({ type: 'set-line-colouring', colouring: event.target.value as LineColouring })
          }
        >
          <option value="status">By status</option>
          <option value="platform">By shared platform</option>
        </select>
      </label>
      <label className="select-label">
        Basemap
        <select
          value={view.basemap}
          onChange={(event) =>
            dispatch({ type: 'set-basemap', basemap: event.target.value as BasemapChoice })
          }
        >
          <option value="builtin">Built-in (works offline)</option>
          <option value="online">Detailed (online)</option>
        </select>
      </label>
    </fieldset>
  );
}

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
import { LabelledSelect } from './labelled-select';

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
      <LabelledSelect<BoundaryChoice>
        label="Boundaries"
        value={view.boundaryLayer}
        options={[
          ...BOUNDARY_LAYERS.map((layer) => ({
            value: layer,
            label: `${BOUNDARY_SHORT_LABELS[layer]}${missingBoundaries.includes(layer) ? ' (not available)' : ''}`,
            disabled: missingBoundaries.includes(layer),
          })),
          { value: 'none', label: 'None' },
        ]}
        onChange={(layer) => dispatch({ type: 'set-boundary-layer', layer })}
      />
      <LabelledSelect<LineColouring>
        label="Line colour"
        value={view.lineColouring}
        options={[
          { value: 'status', label: 'By status' },
          { value: 'platform', label: 'By shared platform' },
        ]}
        onChange={(colouring) => dispatch({ type: 'set-line-colouring', colouring })}
      />
      <LabelledSelect<BasemapChoice>
        label="Basemap"
        value={view.basemap}
        options={[
          { value: 'builtin', label: 'Built-in (offline)' },
          { value: 'online', label: 'Detailed (online)' },
        ]}
        onChange={(basemap) => dispatch({ type: 'set-basemap', basemap })}
      />
    </fieldset>
  );
}

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
} from '../../domain/view/view-state';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { MAX_DISTANCE_LABELS } from './distance-label-limit';
import { LabelledSelect } from './labelled-select';

const TOGGLES: { key: LayerToggle; label: string }[] = [
  { key: 'showLines', label: 'Pairing lines' },
  { key: 'showSites', label: 'Sites' },
  { key: 'showDistanceLabels', label: 'Distance labels' },
  { key: 'showSiteLabels', label: 'Site names' },
];

export function LayerControls({
  missingBoundaries,
  distanceLabelsCapped,
  sitesOutsideEngland,
  sites,
}: {
  missingBoundaries: BoundaryLayerId[];
  /** How many sites lie outside England, where the boundaries and area facts do not apply. */
  sitesOutsideEngland: number;
  sites: number;
  /** Too many lines shown for their distance labels to be drawn. */
  distanceLabelsCapped: boolean;
}) {
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
      {distanceLabelsCapped && view.showDistanceLabels && (
        <p className="muted hint">
          Distance labels are drawn when {MAX_DISTANCE_LABELS.toLocaleString('en-GB')} or fewer
          lines are shown: filter to see them.
        </p>
      )}
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
      {sitesOutsideEngland > 0 && (
        <p className="muted hint">
          {sitesOutsideEngland === sites
            ? 'The boundaries (ICS, STP, NHS region) cover England only, and none of these sites is in England: their areas read "not applicable".'
            : `The boundaries cover England only: ${sitesOutsideEngland.toLocaleString('en-GB')} of ${sites.toLocaleString('en-GB')} sites lie outside it, and their areas read "not applicable".`}
        </p>
      )}
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

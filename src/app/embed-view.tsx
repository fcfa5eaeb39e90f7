import type { Organisation } from '../domain/model';
import { MapLegend } from '../features/map/map-legend';
import { shareUrl } from '../state/share-url';
import { useViewState } from '../state/view-state-context';
import { AtlasMap } from './atlas-map';

/** embed=1: the map and its legend only, for an iframe on another site. */
export function EmbedView({ organisations }: { organisations: Organisation[] }) {
  const state = useViewState();
  return (
    <main className="embed-view">
      <h1 className="visually-hidden">GDE Partnership Atlas (embedded map)</h1>
      <AtlasMap />
      <MapLegend organisations={organisations} collapsed />
      <p className="embed-footer">
        <a href={shareUrl(state, window.location, false)} target="_blank" rel="noopener noreferrer">
          Open the full GDE Partnership Atlas
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>{' '}
        · Boundaries: ONS, Open Government Licence v3.0; contains OS data © Crown copyright and
        database right 2011–2022 · Coastline: Natural Earth
      </p>
    </main>
  );
}

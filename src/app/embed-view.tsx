import type { FilteredFacts } from '../domain/filters';
import type { BoundaryCollection } from '../domain/geo/boundaries';
import type { Organisation } from '../domain/model';
import type { Emphasis } from '../features/map/layers/emphasis';
import { MapLegend } from '../features/map/map-legend';
import { shareUrl } from '../state/share-url';
import { useViewState } from '../state/view-state-context';
import { LazyMap } from './lazy-map';

/** embed=1: the map and its legend only, for an iframe on another site. */
export function EmbedView({
  facts,
  boundary,
  emphasis,
  organisations,
}: {
  facts: FilteredFacts;
  boundary: BoundaryCollection | null;
  emphasis: Emphasis | null;
  organisations: Organisation[];
}) {
  const state = useViewState();
  return (
    <main className="embed-view">
      <h1 className="visually-hidden">GDE Partnership Atlas (embedded map)</h1>
      <LazyMap facts={facts} boundary={boundary} emphasis={emphasis} />
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

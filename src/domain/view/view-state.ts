import { NO_FILTERS, type Filters } from '../filters';
import { DEFAULT_WEIGHTS, type Weights } from '../finder/weights';
import type { BoundaryLayerId } from '../geo/boundaries';

export type Selection =
  | { kind: 'pairing'; id: string }
  | { kind: 'organisation'; id: string }
  | { kind: 'area'; layer: BoundaryLayerId; code: string }
  | null;

export type BoundaryChoice = BoundaryLayerId | 'none';

/** How lines are coloured: by status (default), or by shared platform with the rest muted. */
export type LineColouring = 'status' | 'platform';

/** The built-in basemap needs no network; the detailed one is fetched from a free tile service. */
export type BasemapChoice = 'builtin' | 'online';

/** The drawer over the map's lower part: the tables, the charts, or someone's own data. */
export const DATA_PANELS = ['tables', 'charts', 'data'] as const;
export type DataPanel = (typeof DATA_PANELS)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** The partner finder, open beside the map. */
export interface FinderView {
  /** The organisation whose candidate partners are ranked; null shows only the programme view. */
  organisation: string | null;
  /** Candidates from every sector, not just the organisation's own. */
  allSectors: boolean;
  /** The suggested plan drawn with at most this many followers per exemplar, or null. */
  plan: number | null;
}

export interface ViewState {
  selection: Selection;
  filters: Filters;
  boundaryLayer: BoundaryChoice;
  lineColouring: LineColouring;
  basemap: BasemapChoice;
  showLines: boolean;
  showSites: boolean;
  showDistanceLabels: boolean;
  showSiteLabels: boolean;
  /** null: the default view of all England. */
  camera: Camera | null;
  /** The open drawer, or null when the map has the screen to itself. */
  panel: DataPanel | null;
  embed: boolean;
  /** Presenter mode: the 1-based scene shown, or null when exploring. */
  scene: number | null;
  /** A published dataset to show instead of the built-in one (data= link), or null. */
  dataUrl: string | null;
  /** The partner finder, or null when it is closed. */
  finder: FinderView | null;
  /** The finder's factor weights (0–5); kept while it is closed so reopening keeps them. */
  weights: Weights;
}

export const INITIAL_VIEW_STATE: ViewState = {
  selection: null,
  filters: NO_FILTERS,
  boundaryLayer: 'icb',
  lineColouring: 'status',
  basemap: 'builtin',
  showLines: true,
  showSites: true,
  showDistanceLabels: true,
  showSiteLabels: false,
  camera: null,
  panel: null,
  embed: false,
  scene: null,
  dataUrl: null,
  finder: null,
  weights: DEFAULT_WEIGHTS,
};

export type LayerToggle = 'showLines' | 'showSites' | 'showDistanceLabels' | 'showSiteLabels';

export type ViewAction =
  | { type: 'select'; selection: Selection }
  | { type: 'set-boundary-layer'; layer: BoundaryChoice }
  | { type: 'set-layer-visible'; layer: LayerToggle; visible: boolean }
  | { type: 'set-line-colouring'; colouring: LineColouring }
  | { type: 'set-basemap'; basemap: BasemapChoice }
  | { type: 'set-data-url'; url: string | null }
  | { type: 'set-filters'; filters: Filters }
  | { type: 'clear-filters' }
  | { type: 'set-camera'; camera: Camera | null }
  | { type: 'set-panel'; panel: DataPanel | null }
  | { type: 'set-finder'; finder: FinderView | null }
  | { type: 'set-weights'; weights: Weights }
  | { type: 'restore'; state: ViewState };

export function viewStateReducer(state: ViewState, action: ViewAction): ViewState {
  // While presenting, the scene owns the view: only moving between scenes (or leaving) changes it.
  if (state.scene !== null && action.type !== 'restore') return state;
  switch (action.type) {
    case 'select':
      return { ...state, selection: action.selection };
    case 'set-boundary-layer':
      return { ...state, boundaryLayer: action.layer };
    case 'set-layer-visible':
      return { ...state, [action.layer]: action.visible };
    case 'set-line-colouring':
      return { ...state, lineColouring: action.colouring };
    case 'set-basemap':
      return { ...state, basemap: action.basemap };
    case 'set-data-url':
      return { ...state, dataUrl: action.url };
    case 'set-filters':
      return { ...state, filters: action.filters };
    case 'clear-filters':
      return { ...state, filters: NO_FILTERS };
    case 'set-camera':
      return { ...state, camera: action.camera };
    case 'set-panel':
      return { ...state, panel: action.panel };
    case 'set-finder':
      return { ...state, finder: action.finder };
    case 'set-weights':
      return { ...state, weights: action.weights };
    case 'restore':
      return action.state;
  }
}

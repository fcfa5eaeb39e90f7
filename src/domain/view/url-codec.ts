import { FACTORS, type Factor } from '../factors';
import { NO_FILTERS, type FactorRequirement, type Filters } from '../filters';
import { DEFAULT_WEIGHTS, parseWeights, sameWeights, writeWeights } from '../finder/weights';
import { BOUNDARY_LAYERS, type BoundaryLayerId } from '../geo/boundaries';
import { PAIRING_STATUSES, ROLES, SECTORS } from '../model';
import {
  DATA_PANELS,
  INITIAL_VIEW_STATE,
  type DataPanel,
  type BoundaryChoice,
  type Camera,
  type FinderView,
  type LayerToggle,
  type Selection,
  type ViewState,
} from './view-state';

/**
 * The one place that knows the URL format. Every parameter is optional; a missing one means the
 * default, and a malformed one falls back to the default and is reported, never thrown.
 */
export interface UrlProblem {
  param: string;
  value: string;
  message: string;
}

export const URL_PARAMS = [
  'select',
  'boundary',
  'layers',
  'colour',
  'basemap',
  'sector',
  'role',
  'status',
  'vendor',
  'region',
  'factor',
  'km',
  'at',
  'panel',
  'charts',
  'embed',
  'scene',
  'data',
  'finder',
  'scope',
  'plan',
  'weights',
] as const;

/** `finder=programme` opens the finder on the whole programme, with no organisation chosen. */
const PROGRAMME_FINDER = 'programme';

const LAYER_NAMES: Record<string, LayerToggle> = {
  lines: 'showLines',
  sites: 'showSites',
  distances: 'showDistanceLabels',
  names: 'showSiteLabels',
};
const LAYER_ORDER = Object.keys(LAYER_NAMES);

function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function sorted<T extends string>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => a.localeCompare(b, 'en'));
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function encodeSelection(selection: Selection): string | null {
  if (selection === null) return null;
  if (selection.kind === 'pairing') return `pairing:${selection.id}`;
  if (selection.kind === 'organisation') return `org:${selection.id}`;
  return `area:${selection.layer}:${selection.code}`;
}

function decodeSelection(value: string): Selection | undefined {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (kind === 'pairing' && /^[\w-]+--[\w-]+$/.test(id)) return { kind: 'pairing', id };
  if (kind === 'org' && /^[\w-]+$/.test(id)) return { kind: 'organisation', id };
  if (kind === 'area') {
    const [layer, code] = rest;
    if (
      (BOUNDARY_LAYERS as readonly string[]).includes(layer ?? '') &&
      code !== undefined &&
      /^E\d{8}$/.test(code)
    ) {
      return { kind: 'area', layer: layer as BoundaryLayerId, code };
    }
  }
  return undefined;
}

function flag(value: string): boolean | undefined {
  if (value === '1') return true;
  return value === '0' ? false : undefined;
}

function decodeCamera(value: string): Camera | undefined {
  const parts = value.split(',').map(Number);
  const [lon, lat, zoom] = parts;
  if (parts.length !== 3 || lon === undefined || lat === undefined || zoom === undefined)
    return undefined;
  if (![lon, lat, zoom].every(Number.isFinite)) return undefined;
  if (lon < -20 || lon > 15 || lat < 45 || lat > 65 || zoom < 3 || zoom > 14) return undefined;
  return { lon, lat, zoom };
}

function decodeKm(value: string): [number | null, number | null] | undefined {
  const match = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(value);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return undefined;
  const min = match[1] === undefined ? null : Number(match[1]);
  const max = match[2] === undefined ? null : Number(match[2]);
  if (min !== null && max !== null && min > max) return undefined;
  return [min, max];
}

function decodeFactors(value: string): Filters['factors'] | undefined {
  const factors: Filters['factors'] = {};
  for (const entry of list(value)) {
    const [factor, required] = entry.split(':');
    if (
      !(FACTORS as readonly string[]).includes(factor ?? '') ||
      (required !== 'yes' && required !== 'no')
    ) {
      return undefined;
    }
    factors[factor as Factor] = required as FactorRequirement;
  }
  return factors;
}

function enumList<T extends string>(values: readonly T[]) {
  return (value: string): T[] | undefined => {
    const items = list(value);
    return items.every((item) => (values as readonly string[]).includes(item))
      ? sorted(items as T[])
      : undefined;
  };
}

export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  // A scene's link is just its number: the story file says what the scene shows.
  if (state.scene !== null) {
    params.set('scene', String(state.scene));
    return params.toString();
  }
  const { filters } = state;
  const set = (name: string, value: string | null) => {
    if (value !== null && value !== '') params.set(name, value);
  };
  set('select', encodeSelection(state.selection));
  if (state.boundaryLayer !== INITIAL_VIEW_STATE.boundaryLayer)
    set('boundary', state.boundaryLayer);
  const layers = LAYER_ORDER.filter((name) => state[LAYER_NAMES[name] as LayerToggle]);
  const defaultLayers = LAYER_ORDER.filter(
    (name) => INITIAL_VIEW_STATE[LAYER_NAMES[name] as LayerToggle],
  );
  if (layers.join(',') !== defaultLayers.join(','))
    params.set('layers', layers.join(',') || 'none');
  if (state.lineColouring !== 'status') set('colour', state.lineColouring);
  if (state.basemap !== 'builtin') set('basemap', state.basemap);
  set('sector', sorted(filters.sectors).join(','));
  set('role', sorted(filters.roles).join(','));
  set('status', sorted(filters.statuses).join(','));
  set('vendor', sorted(filters.vendors).join(','));
  set('region', sorted(filters.regions).join(','));
  set(
    'factor',
    FACTORS.filter((factor) => filters.factors[factor] !== undefined)
      .map((factor) => `${factor}:${filters.factors[factor]}`)
      .join(','),
  );
  if (filters.minKm !== null || filters.maxKm !== null)
    set('km', `${filters.minKm ?? ''}-${filters.maxKm ?? ''}`);
  if (state.camera !== null) {
    const { lon, lat, zoom } = state.camera;
    set('at', `${roundTo(lon, 4)},${roundTo(lat, 4)},${roundTo(zoom, 2)}`);
  }
  set('panel', state.panel);
  if (state.embed) set('embed', '1');
  set('data', state.dataUrl);
  if (state.finder !== null) {
    set('finder', state.finder.organisation ?? PROGRAMME_FINDER);
    if (state.finder.allSectors) set('scope', 'all');
    if (state.finder.plan !== null) set('plan', String(state.finder.plan));
  }
  if (!sameWeights(state.weights, DEFAULT_WEIGHTS)) set('weights', writeWeights(state.weights));
  return params.toString();
}

export function decodeViewState(search: string): { state: ViewState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  let state: ViewState = { ...INITIAL_VIEW_STATE, filters: { ...NO_FILTERS } };

  function read<T>(
    name: string,
    parse: (value: string) => T | undefined,
    expected: string,
    apply: (value: T) => void,
  ) {
    const raw = params.get(name);
    if (raw === null) return;
    const parsed = parse(raw);
    if (parsed === undefined)
      problems.push({ param: name, value: raw, message: `expected ${expected}` });
    else apply(parsed);
  }
  const filters = state.filters;

  read(
    'select',
    decodeSelection,
    'pairing:<gde>--<ff>, org:<id> or area:<icb|stp|region>:<code>',
    (selection) => {
      state = { ...state, selection };
    },
  );
  read(
    'boundary',
    (value) =>
      ([...BOUNDARY_LAYERS, 'none'] as string[]).includes(value)
        ? (value as BoundaryChoice)
        : undefined,
    'icb, stp, region or none',
    (boundaryLayer) => {
      state = { ...state, boundaryLayer };
    },
  );
  read(
    'layers',
    (value) =>
      value === 'none'
        ? []
        : list(value).every((name) => name in LAYER_NAMES)
          ? list(value)
          : undefined,
    `a comma list of ${LAYER_ORDER.join(', ')} (or none)`,
    (names) => {
      for (const [name, key] of Object.entries(LAYER_NAMES))
        state = { ...state, [key]: names.includes(name) };
    },
  );
  read(
    'colour',
    (value) => (value === 'platform' || value === 'status' ? value : undefined),
    'status or platform',
    (lineColouring) => {
      state = { ...state, lineColouring };
    },
  );
  read(
    'basemap',
    (value) => (value === 'online' || value === 'builtin' ? value : undefined),
    'builtin or online',
    (basemap) => {
      state = { ...state, basemap };
    },
  );
  read('sector', enumList(SECTORS), `a comma list of ${SECTORS.join(', ')}`, (sectors) => {
    filters.sectors = sectors;
  });
  read('role', enumList(ROLES), 'GDE and/or FF', (roles) => {
    filters.roles = roles;
  });
  read(
    'status',
    enumList(PAIRING_STATUSES),
    `a comma list of ${PAIRING_STATUSES.join(', ')}`,
    (statuses) => {
      filters.statuses = statuses;
    },
  );
  read(
    'vendor',
    (value) => (list(value).length > 0 ? sorted(list(value)) : undefined),
    'a comma list of vendors',
    (vendors) => {
      filters.vendors = vendors;
    },
  );
  read(
    'region',
    (value) => (list(value).length > 0 ? sorted(list(value)) : undefined),
    'a comma list of NHS regions',
    (regions) => {
      filters.regions = regions;
    },
  );
  read(
    'factor',
    decodeFactors,
    `factor:yes|no pairs, factors being ${FACTORS.join(', ')}`,
    (factors) => {
      filters.factors = factors;
    },
  );
  read('km', decodeKm, 'a distance range such as 50-200, 50- or -20 (km)', ([minKm, maxKm]) => {
    filters.minKm = minKm;
    filters.maxKm = maxKm;
  });
  read(
    'at',
    decodeCamera,
    'longitude,latitude,zoom around the British Isles (e.g. -1.5,52.8,6)',
    (camera) => {
      state = { ...state, camera };
    },
  );
  read(
    'panel',
    (value) =>
      (DATA_PANELS as readonly string[]).includes(value) ? (value as DataPanel) : undefined,
    DATA_PANELS.join(', '),
    (panel) => {
      state = { ...state, panel };
    },
  );
  // Links made before the drawer held the charts said charts=1.
  read('charts', flag, '1', (open) => {
    if (open && state.panel === null) state = { ...state, panel: 'charts' };
  });
  read('embed', flag, '1', (embed) => {
    state = { ...state, embed };
  });
  read(
    'data',
    (value) => (/^(https?:\/\/|\.{0,2}\/)\S+$/i.test(value) ? value : undefined),
    'the http(s) address of a folder holding organisations.csv and pairings.csv',
    (dataUrl) => {
      state = { ...state, dataUrl };
    },
  );
  read(
    'finder',
    (value) => (/^[\w-]+$/.test(value) ? value : undefined),
    `an organisation id, or ${PROGRAMME_FINDER}`,
    (id) => {
      state = {
        ...state,
        finder: {
          organisation: id === PROGRAMME_FINDER ? null : id,
          allSectors: false,
          plan: null,
        },
      };
    },
  );
  // scope= and plan= refine an open finder; on their own they are reported, not guessed at.
  const withFinder =
    <T>(name: string, apply: (finder: FinderView, value: T) => FinderView) =>
    (value: T) => {
      if (state.finder === null)
        problems.push({ param: name, value: String(value), message: 'needs finder= as well' });
      else state = { ...state, finder: apply(state.finder, value) };
    };
  read(
    'scope',
    (value) => (value === 'all' ? value : undefined),
    'all (candidates from every sector)',
    withFinder('scope', (finder) => ({ ...finder, allSectors: true })),
  );
  read(
    'plan',
    (value) => (/^[1-9]\d?$/.test(value) ? Number(value) : undefined),
    'the most followers per exemplar, a whole number from 1 to 99',
    withFinder('plan', (finder, plan: number) => ({ ...finder, plan })),
  );
  read(
    'weights',
    parseWeights,
    'factor:weight pairs with weights 0–5, factors being platform, distance, ics, stp, region',
    (weights) => {
      state = { ...state, weights };
    },
  );
  read(
    'scene',
    (value) => (/^[1-9]\d?$/.test(value) ? Number(value) : undefined),
    'a scene number from 1',
    (scene) => {
      state = { ...state, scene };
    },
  );

  for (const [name, value] of params) {
    if (!(URL_PARAMS as readonly string[]).includes(name)) {
      problems.push({ param: name, value, message: 'is not a parameter of this atlas' });
    }
  }
  return { state: { ...state, filters }, problems };
}

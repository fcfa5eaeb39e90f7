import { FACTORS, type Factor } from '../factors';
import type { FactorRequirement, Filters } from '../filters';
import { DEFAULT_WEIGHTS, parseWeights, sameWeights, writeWeights } from '../finder/weights';
import { BOUNDARY_LAYERS, type BoundaryLayerId } from '../geo/boundaries';
import { PAIRING_STATUSES, ROLES, SECTORS } from '../model';
import {
  DATA_PANELS,
  INITIAL_VIEW_STATE,
  type BoundaryChoice,
  type Camera,
  type DataPanel,
  type LayerToggle,
  type Selection,
  type ViewState,
} from './view-state';

/**
 * The one place that knows the URL format: a table with one entry per parameter. Every parameter
 * is optional; a missing one means the default, and a malformed one falls back to the default
 * and is reported, never thrown.
 */
export interface UrlProblem {
  param: string;
  value: string;
  message: string;
}

/** A parameter the view state cannot take as it stands, with why (not a malformed value). */
interface Refusal {
  refused: string;
}

interface UrlParam {
  name: string;
  /** What it takes, as a problem message says it: "expected …". */
  expected: string;
  /** The state with this parameter's value applied; undefined when the value is malformed. */
  read: (value: string, state: ViewState) => ViewState | Refusal | undefined;
  /** Its value for this state, or null when the state has the default (the link leaves it out). */
  write: (state: ViewState) => string | null;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const sorted = <T extends string>(values: readonly T[]): T[] =>
  [...values].sort((a, b) => a.localeCompare(b, 'en'));

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

const orNull = (value: string) => (value === '' ? null : value);

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function enumList<T extends string>(values: readonly T[], value: string): T[] | undefined {
  const items = list(value);
  return items.every((item) => oneOf(values, item) !== undefined)
    ? sorted(items as T[])
    : undefined;
}

const freeList = (value: string) => (list(value).length > 0 ? sorted(list(value)) : undefined);

function flag(value: string): boolean | undefined {
  if (value === '1') return true;
  return value === '0' ? false : undefined;
}

const withFilters = (state: ViewState, change: Partial<Filters>): ViewState => ({
  ...state,
  filters: { ...state.filters, ...change },
});

/** A filter that is a sorted list in the link (sector=, role=, …). */
function listFilter<K extends 'sectors' | 'roles' | 'statuses' | 'vendors' | 'regions'>(
  name: string,
  key: K,
  expected: string,
  parse: (value: string) => Filters[K] | undefined,
): UrlParam {
  return {
    name,
    expected,
    read: (value, state) => {
      const parsed = parse(value);
      return parsed === undefined ? undefined : withFilters(state, { [key]: parsed });
    },
    write: (state) => orNull(sorted(state.filters[key] as string[]).join(',')),
  };
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
    const known = oneOf(BOUNDARY_LAYERS, layer ?? '');
    if (known !== undefined && code !== undefined && /^E\d{8}$/.test(code))
      return { kind: 'area', layer: known as BoundaryLayerId, code };
  }
  return undefined;
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
    const known = oneOf(FACTORS, factor ?? '');
    if (known === undefined || (required !== 'yes' && required !== 'no')) return undefined;
    factors[known as Factor] = required as FactorRequirement;
  }
  return factors;
}

const LAYER_NAMES: Record<string, LayerToggle> = {
  lines: 'showLines',
  sites: 'showSites',
  distances: 'showDistanceLabels',
  names: 'showSiteLabels',
};
const LAYER_ORDER = Object.keys(LAYER_NAMES);
const shownLayers = (state: ViewState) =>
  LAYER_ORDER.filter((name) => state[LAYER_NAMES[name] as LayerToggle]).join(',');

/** `finder=programme` opens the finder on the whole programme, with no organisation chosen. */
const PROGRAMME_FINDER = 'programme';
const NEEDS_FINDER = { refused: 'needs finder= as well' };

/** The parameters, in the order a link writes them (and reads them: finder before scope). */
const URL_TABLE: readonly UrlParam[] = [
  {
    name: 'select',
    expected: 'pairing:<gde>--<ff>, org:<id> or area:<icb|stp|region>:<code>',
    read: (value, state) => {
      const selection = decodeSelection(value);
      return selection === undefined ? undefined : { ...state, selection };
    },
    write: (state) => encodeSelection(state.selection),
  },
  {
    name: 'boundary',
    expected: 'icb, stp, region or none',
    read: (value, state) => {
      const layer = oneOf<BoundaryChoice>([...BOUNDARY_LAYERS, 'none'], value);
      return layer === undefined ? undefined : { ...state, boundaryLayer: layer };
    },
    write: (state) =>
      state.boundaryLayer === INITIAL_VIEW_STATE.boundaryLayer ? null : state.boundaryLayer,
  },
  {
    name: 'layers',
    expected: `a comma list of ${LAYER_ORDER.join(', ')} (or none)`,
    read: (value, state) => {
      const names = value === 'none' ? [] : list(value);
      if (!names.every((name) => name in LAYER_NAMES)) return undefined;
      let next = state;
      for (const [name, key] of Object.entries(LAYER_NAMES))
        next = { ...next, [key]: names.includes(name) };
      return next;
    },
    write: (state) => {
      const shown = shownLayers(state);
      return shown === shownLayers(INITIAL_VIEW_STATE) ? null : shown || 'none';
    },
  },
  {
    name: 'colour',
    expected: 'status or platform',
    read: (value, state) => {
      const colouring = oneOf(['status', 'platform'] as const, value);
      return colouring === undefined ? undefined : { ...state, lineColouring: colouring };
    },
    write: (state) => (state.lineColouring === 'status' ? null : state.lineColouring),
  },
  {
    name: 'basemap',
    expected: 'builtin or online',
    read: (value, state) => {
      const basemap = oneOf(['builtin', 'online'] as const, value);
      return basemap === undefined ? undefined : { ...state, basemap };
    },
    write: (state) => (state.basemap === 'builtin' ? null : state.basemap),
  },
  listFilter('sector', 'sectors', `a comma list of ${SECTORS.join(', ')}`, (value) =>
    enumList(SECTORS, value),
  ),
  listFilter('role', 'roles', 'GDE and/or FF', (value) => enumList(ROLES, value)),
  listFilter('status', 'statuses', `a comma list of ${PAIRING_STATUSES.join(', ')}`, (value) =>
    enumList(PAIRING_STATUSES, value),
  ),
  listFilter('vendor', 'vendors', 'a comma list of vendors', freeList),
  listFilter('region', 'regions', 'a comma list of NHS regions', freeList),
  {
    name: 'factor',
    expected: `factor:yes|no pairs, factors being ${FACTORS.join(', ')}`,
    read: (value, state) => {
      const factors = decodeFactors(value);
      return factors === undefined ? undefined : withFilters(state, { factors });
    },
    write: ({ filters }) =>
      orNull(
        FACTORS.filter((factor) => filters.factors[factor] !== undefined)
          .map((factor) => `${factor}:${filters.factors[factor]}`)
          .join(','),
      ),
  },
  {
    name: 'km',
    expected: 'a distance range such as 50-200, 50- or -20 (km)',
    read: (value, state) => {
      const range = decodeKm(value);
      return range === undefined
        ? undefined
        : withFilters(state, { minKm: range[0], maxKm: range[1] });
    },
    write: ({ filters }) =>
      filters.minKm === null && filters.maxKm === null
        ? null
        : `${filters.minKm ?? ''}-${filters.maxKm ?? ''}`,
  },
  {
    name: 'at',
    expected: 'longitude,latitude,zoom around the British Isles (e.g. -1.5,52.8,6)',
    read: (value, state) => {
      const camera = decodeCamera(value);
      return camera === undefined ? undefined : { ...state, camera };
    },
    write: ({ camera }) =>
      camera === null
        ? null
        : `${roundTo(camera.lon, 4)},${roundTo(camera.lat, 4)},${roundTo(camera.zoom, 2)}`,
  },
  {
    name: 'panel',
    expected: DATA_PANELS.join(', '),
    read: (value, state) => {
      const panel = oneOf<DataPanel>(DATA_PANELS, value);
      return panel === undefined ? undefined : { ...state, panel };
    },
    write: (state) => state.panel,
  },
  {
    // Links made before the drawer held the charts said charts=1; no link writes it now.
    name: 'charts',
    expected: '1',
    read: (value, state) => {
      const open = flag(value);
      if (open === undefined) return undefined;
      return open && state.panel === null ? { ...state, panel: 'charts' } : state;
    },
    write: () => null,
  },
  {
    name: 'embed',
    expected: '1',
    read: (value, state) => {
      const embed = flag(value);
      return embed === undefined ? undefined : { ...state, embed };
    },
    write: (state) => (state.embed ? '1' : null),
  },
  {
    name: 'data',
    expected: 'the http(s) address of a folder holding organisations.csv and pairings.csv',
    read: (value, state) =>
      /^(https?:\/\/|\.{0,2}\/)\S+$/i.test(value) ? { ...state, dataUrl: value } : undefined,
    write: (state) => state.dataUrl,
  },
  {
    name: 'finder',
    expected: `an organisation id, or ${PROGRAMME_FINDER}`,
    read: (value, state) =>
      /^[\w-]+$/.test(value)
        ? {
            ...state,
            finder: {
              organisation: value === PROGRAMME_FINDER ? null : value,
              allSectors: false,
              plan: null,
            },
          }
        : undefined,
    write: ({ finder }) => (finder === null ? null : (finder.organisation ?? PROGRAMME_FINDER)),
  },
  {
    name: 'scope',
    expected: 'all (candidates from every sector)',
    read: (value, state) => {
      if (value !== 'all') return undefined;
      return state.finder === null
        ? NEEDS_FINDER
        : { ...state, finder: { ...state.finder, allSectors: true } };
    },
    write: ({ finder }) => (finder?.allSectors === true ? 'all' : null),
  },
  {
    name: 'plan',
    expected: 'the most followers per exemplar, a whole number from 1 to 99',
    read: (value, state) => {
      if (!/^[1-9]\d?$/.test(value)) return undefined;
      return state.finder === null
        ? NEEDS_FINDER
        : { ...state, finder: { ...state.finder, plan: Number(value) } };
    },
    write: ({ finder }) => (finder === null || finder.plan === null ? null : String(finder.plan)),
  },
  {
    name: 'weights',
    expected:
      'factor:weight pairs with weights 0–5, factors being platform, distance, ics, stp, region',
    read: (value, state) => {
      const weights = parseWeights(value);
      return weights === undefined ? undefined : { ...state, weights };
    },
    write: ({ weights }) => (sameWeights(weights, DEFAULT_WEIGHTS) ? null : writeWeights(weights)),
  },
  {
    name: 'scene',
    expected: 'a scene number from 1',
    read: (value, state) =>
      /^[1-9]\d?$/.test(value) ? { ...state, scene: Number(value) } : undefined,
    write: (state) => (state.scene === null ? null : String(state.scene)),
  },
];

/** Every parameter the atlas understands, in link order. */
export const URL_PARAMS = URL_TABLE.map(({ name }) => name);

export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  // A scene's link is just its number: the story file says what the scene shows.
  if (state.scene !== null) {
    params.set('scene', String(state.scene));
    return params.toString();
  }
  for (const { name, write } of URL_TABLE) {
    const value = write(state);
    if (value !== null && value !== '') params.set(name, value);
  }
  return params.toString();
}

export function decodeViewState(search: string): { state: ViewState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  let state: ViewState = { ...INITIAL_VIEW_STATE };
  for (const { name, expected, read } of URL_TABLE) {
    const value = params.get(name);
    if (value === null) continue;
    const next = read(value, state);
    if (next === undefined) problems.push({ param: name, value, message: `expected ${expected}` });
    else if ('refused' in next) problems.push({ param: name, value, message: next.refused });
    else state = next;
  }
  for (const [name, value] of params)
    if (!URL_PARAMS.includes(name))
      problems.push({ param: name, value, message: 'is not a parameter of this atlas' });
  return { state, problems };
}

import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters';
import { decodeViewState, encodeViewState } from './url-codec';
import { INITIAL_VIEW_STATE, type ViewState } from './view-state';

const state = (change: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW_STATE, ...change });

describe('URL codec round trip', () => {
  it.each<[string, ViewState, string]>([
    ['the default view', INITIAL_VIEW_STATE, ''],
    [
      'a pairing selected',
      state({ selection: { kind: 'pairing', id: 'cuh--uclh' } }),
      'select=pairing%3Acuh--uclh',
    ],
    [
      'an organisation selected',
      state({ selection: { kind: 'organisation', id: 'srft' } }),
      'select=org%3Asrft',
    ],
    [
      'an area selected',
      state({ selection: { kind: 'area', layer: 'stp', code: 'E54000008' } }),
      'select=area%3Astp%3AE54000008',
    ],
    ['no boundaries', state({ boundaryLayer: 'none' }), 'boundary=none'],
    [
      'every layer off',
      state({ showLines: false, showSites: false, showDistanceLabels: false }),
      'layers=none',
    ],
    ['site names on', state({ showSiteLabels: true }), 'layers=lines%2Csites%2Cdistances%2Cnames'],
    ['lines by platform', state({ lineColouring: 'platform' }), 'colour=platform'],
    ['the online basemap', state({ basemap: 'online' }), 'basemap=online'],
    [
      'every filter',
      state({
        filters: {
          sectors: ['acute', 'mental_health'],
          roles: ['FF'],
          statuses: ['active', 'merged'],
          vendors: ['Cerner', 'unknown'],
          regions: ['London', 'North West'],
          factors: { same_platform: 'yes', same_ics: 'no' },
          minKm: 50,
          maxKm: 312.5,
        },
      }),
      'sector=acute%2Cmental_health&role=FF&status=active%2Cmerged&vendor=Cerner%2Cunknown&region=London%2CNorth+West&factor=same_platform%3Ayes%2Csame_ics%3Ano&km=50-312.5',
    ],
    ['an open-ended distance', state({ filters: { ...NO_FILTERS, minKm: 100 } }), 'km=100-'],
    [
      'a camera',
      state({ camera: { lon: -1.5, lat: 52.75, zoom: 6.25 } }),
      'at=-1.5%2C52.75%2C6.25',
    ],
    ['the charts open', state({ panel: 'charts' }), 'panel=charts'],
    ['the tables open', state({ panel: 'tables' }), 'panel=tables'],
    ['the data panel open', state({ panel: 'data' }), 'panel=data'],
    ['embed mode', state({ embed: true }), 'embed=1'],
    ['presenting scene 3', state({ scene: 3 }), 'scene=3'],
    [
      'a published dataset',
      state({ dataUrl: 'https://example.org/icb-buddies/' }),
      'data=https%3A%2F%2Fexample.org%2Ficb-buddies%2F',
    ],
    [
      'the finder for one organisation',
      state({ finder: { organisation: 'stft', allSectors: false, plan: null } }),
      'finder=stft',
    ],
    [
      'the finder on the whole programme, every sector, with a plan',
      state({ finder: { organisation: null, allSectors: true, plan: 3 } }),
      'finder=programme&scope=all&plan=3',
    ],
    [
      'weights other than the evaluation’s',
      state({ weights: { platform: 5, distance: 1, ics: 0, stp: 0, region: 0 } }),
      'weights=platform%3A5%2Cdistance%3A1%2Cics%3A0%2Cstp%3A0%2Cregion%3A0',
    ],
  ])('%s', (_name, view, expected) => {
    const encoded = encodeViewState(view);
    expect(encoded).toBe(expected);
    expect(decodeViewState(encoded)).toEqual({ state: view, problems: [] });
  });

  it('gives a scene only its number: the story decides the rest of the view', () => {
    expect(encodeViewState(state({ scene: 2, boundaryLayer: 'none', panel: 'charts' }))).toBe(
      'scene=2',
    );
  });

  it('reads an older charts=1 link as the charts drawer', () => {
    expect(decodeViewState('?charts=1')).toEqual({
      state: state({ panel: 'charts' }),
      problems: [],
    });
    expect(decodeViewState('?panel=tables&charts=1').state.panel).toBe('tables');
  });

  it('sorts lists so the same view always has the same link', () => {
    const a = encodeViewState(
      state({ filters: { ...NO_FILTERS, statuses: ['merged', 'active'] } }),
    );
    const b = encodeViewState(
      state({ filters: { ...NO_FILTERS, statuses: ['active', 'merged'] } }),
    );
    expect(a).toBe(b);
  });
});

describe('URL codec with garbage', () => {
  it.each([
    ['select=pairing:<script>', 'select'],
    ['select=area:ward:E05000001', 'select'],
    ['boundary=counties', 'boundary'],
    ['layers=lines,rivers', 'layers'],
    ['colour=rainbow', 'colour'],
    ['basemap=satellite', 'basemap'],
    ['sector=dental', 'sector'],
    ['role=CEO', 'role'],
    ['status=paused', 'status'],
    ['factor=same_platform:maybe', 'factor'],
    ['factor=luck:yes', 'factor'],
    ['km=200-50', 'km'],
    ['km=far', 'km'],
    ['at=0,0,6', 'at'],
    ['at=-1.5,52', 'at'],
    ['at=NaN,52,6', 'at'],
    ['embed=yes', 'embed'],
    ['charts=open', 'charts'],
    ['panel=settings', 'panel'],
    ['scene=0', 'scene'],
    ['data=javascript:alert(1)', 'data'],
    ['data=not a url', 'data'],
    ['scene=two', 'scene'],
    ['scene=-1', 'scene'],
    ['utm_source=newsletter', 'utm_source'],
    ['finder=<b>', 'finder'],
    ['scope=all', 'scope'],
    ['plan=2', 'plan'],
    ['weights=platform:9', 'weights'],
    ['weights=luck:3', 'weights'],
    ['weights=platform:3,platform:2', 'weights'],
  ])('%s falls back to the default and reports %s', (search, param) => {
    const { state: decoded, problems } = decodeViewState(`?${search}`);
    expect(decoded).toEqual(INITIAL_VIEW_STATE);
    expect(problems).toEqual([expect.objectContaining({ param })]);
  });

  it.each([
    ['finder=stft&plan=0', 'plan'],
    ['finder=stft&plan=100', 'plan'],
    ['finder=stft&scope=some', 'scope'],
  ])('%s keeps the finder and reports %s', (search, param) => {
    const { state: decoded, problems } = decodeViewState(`?${search}`);
    expect(decoded.finder).toEqual({ organisation: 'stft', allSectors: false, plan: null });
    expect(problems).toEqual([expect.objectContaining({ param })]);
  });

  it('reads factors left out of weights= as weighing 0', () => {
    expect(decodeViewState('?weights=distance:4').state.weights).toEqual({
      platform: 0,
      distance: 4,
      ics: 0,
      stp: 0,
      region: 0,
    });
  });

  it('keeps the good parameters when others are bad', () => {
    const { state: decoded, problems } = decodeViewState('?status=dropped&km=x&boundary=stp');
    expect(decoded.filters.statuses).toEqual(['dropped']);
    expect(decoded.boundaryLayer).toBe('stp');
    expect(problems.map((problem) => problem.param)).toEqual(['km']);
  });
});

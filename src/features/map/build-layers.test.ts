import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../../tests/support/fixture-facts';
import type { FilteredFacts } from '../../domain/filters';
import type { FinderLine } from '../../domain/finder/finder-lines';
import { INITIAL_VIEW_STATE, type ViewState } from '../../domain/view/view-state';
import { buildLayers } from './build-layers';
import { createLayerCache } from './layer-cache';
import { rimsThenFills } from './layers/rims-under-fills';
import type { SiteIconAtlas } from './site-icon-atlas';

const facts = realDataFacts();
// A stand-in atlas: the layers are built, never drawn.
const siteIcons = { atlas: '', mapping: {} } as unknown as SiteIconAtlas;

function layersFor(views: ViewState[]) {
  const cached = createLayerCache();
  return views.map((view) =>
    buildLayers(facts, null, view, null, { siteIcons }, cached).map((layer) => layer as Layer),
  );
}

const SAME_EXCEPT = (changed: string[]) =>
  [
    'boundaries',
    'pairing-lines',
    'pairing-lines-emphasised',
    'finder-lines',
    'distance-labels',
    'sites',
    'site-stacks',
    'site-stack-counts',
    'site-labels',
  ].filter((id) => !changed.includes(id));

describe('buildLayers with the map’s cache', () => {
  it.each([
    {
      name: 'panning and zooming (a new camera) rebuild nothing',
      next: { ...INITIAL_VIEW_STATE, camera: { lon: -1, lat: 52, zoom: 8 } },
      rebuilt: [],
    },
    {
      name: 'opening a drawer rebuilds nothing',
      next: { ...INITIAL_VIEW_STATE, panel: 'tables' as const },
      rebuilt: [],
    },
    {
      name: 'selecting a pairing rebuilds the lines only',
      next: { ...INITIAL_VIEW_STATE, selection: { kind: 'pairing' as const, id: 'srft--pat' } },
      rebuilt: ['pairing-lines', 'pairing-lines-emphasised'],
    },
    {
      name: 'selecting a site rebuilds the site layer only',
      next: { ...INITIAL_VIEW_STATE, selection: { kind: 'organisation' as const, id: 'srft' } },
      rebuilt: ['sites'],
    },
    {
      name: 'colouring lines by platform rebuilds the lines only',
      next: { ...INITIAL_VIEW_STATE, lineColouring: 'platform' as const },
      rebuilt: ['pairing-lines', 'pairing-lines-emphasised'],
    },
  ])('$name', ({ next, rebuilt }) => {
    const [before = [], after = []] = layersFor([INITIAL_VIEW_STATE, next]);
    const kept = after.filter((layer, index) => layer === before[index]).map(({ id }) => id);
    expect(kept).toEqual(SAME_EXCEPT(rebuilt));
  });

  it('pointing at another finder line rebuilds the finder lines only', () => {
    const cached = createLayerCache();
    const lines = [
      { id: 'cuh', kind: 'candidate' as const, from: [0, 52], to: [1, 53], label: '' },
    ] satisfies FinderLine[];
    const build = (hovered: string | null) =>
      buildLayers(
        facts,
        null,
        INITIAL_VIEW_STATE,
        null,
        { siteIcons, finder: { lines, hovered } },
        cached,
      ).map((layer) => layer as Layer);
    const before = build(null);
    const after = build('cuh');
    const kept = after.filter((layer, index) => layer === before[index]).map(({ id }) => id);
    expect(kept).toEqual(SAME_EXCEPT(['finder-lines']));
    expect(after.find(({ id }) => id === 'finder-lines')?.props.visible).toBe(true);
  });

  it('without the cache every layer is new (negative control)', () => {
    const first = buildLayers(facts, null, INITIAL_VIEW_STATE, null, { siteIcons });
    const second = buildLayers(facts, null, INITIAL_VIEW_STATE, null, { siteIcons });
    expect(first.filter((layer, index) => layer === second[index])).toEqual([]);
  });
});

describe('buildLayers given every site and pairing', () => {
  // A filter that keeps the active pairings and the sites in them, as the filters would.
  const activeOnly = (() => {
    const pairings = facts.pairings.filter(({ pairing }) => pairing.status === 'active');
    const members = new Set(pairings.flatMap(({ gde, ff }) => [gde, ff]));
    return { pairings, organisations: facts.organisations.filter((site) => members.has(site)) };
  })();
  const build = (shown: FilteredFacts, every?: FilteredFacts) =>
    buildLayers(shown, null, INITIAL_VIEW_STATE, null, { siteIcons, every }).map(
      (layer) => layer as Layer,
    );
  const byId = (layers: Layer[], id: string) => {
    const layer = layers.find((candidate) => candidate.id === id);
    if (layer === undefined) throw new Error(`no ${id} layer`);
    return layer;
  };
  const filterValues = (layer: Layer, every: readonly unknown[]) => {
    const { getFilterValue } = layer.props as unknown as {
      getFilterValue: number | ((object: unknown, info: { index: number }) => number);
    };
    return every.map((object, index) =>
      typeof getFilterValue === 'function' ? getFilterValue(object, { index }) : getFilterValue,
    );
  };

  it.each([
    { id: 'pairing-lines', every: facts.pairings, kept: activeOnly.pairings },
    // The sites' rims and fills: every site twice over.
    { id: 'sites', every: rimsThenFills(facts.organisations), kept: activeOnly.organisations },
  ])('a filter keeps the $id data and hides the rest on the GPU', ({ id, every, kept }) => {
    const unfiltered = byId(build(facts, facts), id);
    const filtered = byId(build(activeOnly, facts), id);
    expect(filtered.props.data).toBe(unfiltered.props.data);
    expect(filtered.props).toMatchObject({ filterEnabled: true });
    expect(unfiltered.props).toMatchObject({ filterEnabled: false });
    const keptSet = new Set<unknown>(kept);
    expect(filterValues(filtered, every)).toEqual(
      every.map((object) => (keptSet.has(object) ? 1 : 0)),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(every.length);
  });

  it('with stacks, the site layers keep every site and hide the stacked ones too', () => {
    const [first, second] = activeOnly.organisations;
    if (first === undefined || second === undefined) throw new Error('fixture too small');
    const stack = { id: 'two', lon: 0, lat: 0, members: [first, second] };
    const singles = activeOnly.organisations.slice(2);
    const layers = buildLayers(activeOnly, null, INITIAL_VIEW_STATE, null, {
      siteIcons,
      every: facts,
      stacked: { singles, stacks: [stack] },
    }).map((layer) => layer as Layer);
    const sites = byId(layers, 'sites');
    const rimsAndFills = rimsThenFills(facts.organisations);
    expect(sites.props.data).toBe(rimsAndFills);
    const shown = new Set<unknown>(singles);
    expect(filterValues(sites, rimsAndFills)).toEqual(
      rimsAndFills.map((site) => (shown.has(site) ? 1 : 0)),
    );
  });

  it('without every, a filter gives the layers new data (negative control)', () => {
    expect(byId(build(activeOnly), 'pairing-lines').props.data).not.toBe(
      byId(build(facts), 'pairing-lines').props.data,
    );
    expect(byId(build(activeOnly), 'sites').props.data).toBe(
      rimsThenFills(activeOnly.organisations),
    );
  });

  it('every line layer and every site layer carries one list of extensions, so one shader program', () => {
    const layers = build(activeOnly, facts);
    const extensionsOf = (ids: string[]) =>
      new Set(ids.map((id) => byId(layers, id).props.extensions));
    const lines = extensionsOf(['pairing-lines', 'pairing-lines-emphasised', 'finder-lines']);
    const sites = extensionsOf(['sites', 'site-stacks']);
    expect([lines.size, sites.size]).toEqual([1, 1]);
    expect([...lines][0]).not.toEqual([]);
  });
});

import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../../tests/support/fixture-facts';
import type { FinderLine } from '../../domain/finder/finder-lines';
import { INITIAL_VIEW_STATE, type ViewState } from '../../domain/view/view-state';
import { buildLayers } from './build-layers';
import { createLayerCache } from './layer-cache';
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
    'site-outlines',
    'sites',
    'site-stacks',
    'site-stack-fills',
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
      name: 'selecting a site rebuilds the two site layers only',
      next: { ...INITIAL_VIEW_STATE, selection: { kind: 'organisation' as const, id: 'srft' } },
      rebuilt: ['site-outlines', 'sites'],
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

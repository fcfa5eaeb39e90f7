import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../../../tests/support/fixture-facts';
import type { PairingFacts } from '../../../domain/derive-facts';
import type { FinderLine } from '../../../domain/finder/finder-lines';
import type { SiteStack } from '../../../domain/stacks';
import {
  FINDER_STYLES,
  MUTED_LINE,
  SELECTION_COLOUR,
  STATUS_STYLES,
  vendorColour,
} from '../../../theme/colours';
import { markerRadius, SITE_SIZE, stackRadius } from '../marker-sizes';
import { SHAPE_FILL, type SiteIconAtlas } from '../site-icon-atlas';
import { boundaryFillFilter } from './boundary-layer';
import { alphaFor, type Emphasis } from './emphasis';
import { createFinderLinesLayer } from './finder-lines-layer';
import { LAYER_IDS } from './layer-ids';
import { createPairingLinesLayer, type PairingLineBuffers } from './pairing-lines-layer';
import { createSiteLayer } from './site-layers';
import { createSiteStackLayers } from './site-stack-layers';

const { pairings } = realDataFacts();
const byStatus = (status: string) => {
  const found = pairings.find(({ pairing }) => pairing.status === status);
  if (found === undefined) throw new Error(`no ${status} pairing`);
  return found;
};
const active = byStatus('active');
const dropped = byStatus('dropped');

// The pairing lines are typed arrays, two ends per line, in two layers: every pairing below, the
// emphasised ones again on top. A pairing is read back from the topmost layer that draws it, its
// alpha as seen (times the layer's opacity), and both ends must agree. No WebGL needed.
const pairingAccessors = (layers: ReturnType<typeof createPairingLinesLayer>) => {
  const drawing = (facts: PairingFacts) => {
    const layer = [...layers]
      .reverse()
      .find((candidate) =>
        (candidate.props.data as unknown as PairingLineBuffers).rows.includes(facts),
      );
    if (layer === undefined) throw new Error(`${facts.pairing.id} is not drawn`);
    const buffers = layer.props.data as unknown as PairingLineBuffers;
    return { buffers, line: buffers.rows.indexOf(facts), opacity: layer.props.opacity };
  };
  const read = (facts: PairingFacts, name: 'getColor' | 'getWidth' | 'getDashArray') => {
    const { buffers, line } = drawing(facts);
    const { value, size } = buffers.attributes[name];
    const ends = [0, 1].map((end) =>
      Array.from({ length: size }, (_, k) => Number(value[(line * 2 + end) * size + k])),
    );
    expect(ends[1]).toEqual(ends[0]);
    return ends[0] ?? [];
  };
  return {
    colour: (facts: PairingFacts) => {
      const [red, green, blue, alpha = 0] = read(facts, 'getColor');
      return [red, green, blue, Math.round(alpha * drawing(facts).opacity)];
    },
    width: (facts: PairingFacts) => read(facts, 'getWidth')[0],
    dash: (facts: PairingFacts) => read(facts, 'getDashArray'),
    path: (facts: PairingFacts) => {
      const { buffers, line } = drawing(facts);
      return Array.from(buffers.attributes.getPath.value.subarray(line * 4, line * 4 + 4));
    },
  };
};

describe('the pairing lines layer', () => {
  it.each([
    {
      name: 'active, nothing selected',
      facts: active,
      selected: null,
      alpha: 255,
      colour: STATUS_STYLES.active.colour,
    },
    {
      name: 'dropped, nothing selected',
      facts: dropped,
      selected: null,
      alpha: 255,
      colour: STATUS_STYLES.dropped.colour,
    },
    {
      name: 'the selected pairing',
      facts: active,
      selected: active.pairing.id,
      alpha: 255,
      colour: SELECTION_COLOUR,
    },
  ])('$name: colour and width by status', ({ facts, selected, alpha, colour }) => {
    const {
      colour: getColour,
      width,
      dash,
    } = pairingAccessors(createPairingLinesLayer(pairings, true, selected, null, 'status'));
    expect(getColour(facts)).toEqual([...colour, alpha]);
    expect(width(facts)).toBe(
      STATUS_STYLES[facts.pairing.status].width + (selected === facts.pairing.id ? 3 : 0),
    );
    expect(dash(facts)).toEqual(STATUS_STYLES[facts.pairing.status].dash);
  });

  it('dims the pairings the emphasis leaves out, and keeps its own at full strength', () => {
    const emphasis = { organisations: new Set<string>(), pairings: new Set([active.pairing.id]) };
    const { colour } = pairingAccessors(
      createPairingLinesLayer(pairings, true, null, emphasis, 'status'),
    );
    expect(colour(active)[3]).toBe(255);
    expect(colour(dropped)[3]).toBeLessThan(100);
  });

  it('by platform: shared platforms in colour, the rest muted', () => {
    const shared = pairings.find(({ pairing }) => pairing.sameCoreSystem === 'yes');
    const notShared = pairings.find(({ pairing }) => pairing.sameCoreSystem === 'no');
    if (shared === undefined || notShared === undefined) throw new Error('fixture lacks a case');
    const { colour } = pairingAccessors(
      createPairingLinesLayer(pairings, true, null, null, 'platform'),
    );
    expect(colour(notShared).slice(0, 3)).toEqual(MUTED_LINE);
    expect(colour(shared).slice(0, 3)).not.toEqual(MUTED_LINE);
  });

  it('hides with the switch', () => {
    const layers = createPairingLinesLayer(pairings, false, active.pairing.id, null, 'platform');
    expect(layers.map((layer) => layer.props.visible)).toEqual([false, false]);
  });

  it('a selection dims the lines below by opacity alone and draws its own on top, unpickable', () => {
    const emphasis = { organisations: new Set<string>(), pairings: new Set([active.pairing.id]) };
    const [restingBelow, restingTop] = createPairingLinesLayer(
      pairings,
      true,
      null,
      null,
      'status',
    );
    const [below, top] = createPairingLinesLayer(
      pairings,
      true,
      active.pairing.id,
      emphasis,
      'status',
    );
    // The same buffers: deck.gl recomputes nothing for the 50,000 lines of a national dataset.
    expect(below?.props.data).toBe(restingBelow?.props.data);
    expect([restingBelow?.props.opacity, below?.props.opacity]).toEqual([1, 50 / 255]);
    expect(restingTop?.props.visible).toBe(false);
    expect((top?.props.data as unknown as PairingLineBuffers).rows).toEqual([active]);
    expect([below?.props.pickable, top?.props.pickable]).toEqual([true, false]);
  });

  it('draws each pairing from its exemplar to its follower, and picks the pairing back', () => {
    const layers = createPairingLinesLayer(pairings, true, null, null, 'status');
    const [layer] = layers;
    if (layer === undefined) throw new Error('no pairing lines layer');
    const { gde, ff } = active;
    expect(pairingAccessors(layers).path(active)).toEqual([
      gde.organisation.lon,
      gde.organisation.lat,
      ff.organisation.lon,
      ff.organisation.lat,
    ]);
    const { rows, length, attributes } = layer.props.data as unknown as PairingLineBuffers;
    expect(length).toBe(pairings.length);
    expect(rows).toBe(pairings);
    // Both ends of a line pick its own row.
    const line = pairings.indexOf(active);
    expect(Array.from(attributes.rowIndexes.subarray(line * 2, line * 2 + 2))).toEqual([
      line,
      line,
    ]);
  });
});

// The finder's few lines keep plain accessors, functions of one datum: called here directly.
type Accessor<T, R> = (datum: T) => R;

describe('the finder lines layer', () => {
  const lines: FinderLine[] = (['candidate', 'actual', 'plan'] as const).map((kind) => ({
    id: kind,
    kind,
    from: [0, 52],
    to: [1, 53],
    label: kind,
  }));
  const accessors = (hovered: string | null) => {
    const layer = createFinderLinesLayer(lines, hovered);
    return {
      layer,
      colour: layer.props.getColor as unknown as Accessor<FinderLine, number[]>,
      width: layer.props.getWidth as unknown as Accessor<FinderLine, number>,
    };
  };

  it.each(lines)('$kind: its own colour and width', (line) => {
    const { colour, width } = accessors(null);
    expect(colour(line).slice(0, 3)).toEqual(FINDER_STYLES[line.kind].colour);
    expect(width(line)).toBe(FINDER_STYLES[line.kind].width);
  });

  it('the line pointed at turns orange and wider; the others stay as they are', () => {
    const { colour, width, layer } = accessors('actual');
    const [candidate, actual] = lines;
    if (candidate === undefined || actual === undefined) throw new Error('no lines');
    expect(colour(actual)).toEqual([...SELECTION_COLOUR, 255]);
    expect(width(actual)).toBe(FINDER_STYLES.actual.width + 2);
    expect(colour(candidate).slice(0, 3)).toEqual(FINDER_STYLES.candidate.colour);
    expect(layer.props.updateTriggers).toMatchObject({ getColor: ['actual'] });
  });

  it('draws nothing when there are no lines', () => {
    expect(createFinderLinesLayer([], null).props.visible).toBe(false);
    expect(accessors(null).layer.props.visible).toBe(true);
  });
});

/**
 * An accessor's value for the rim or the fill of one object of a layer that draws each object
 * twice (all the rims first), whether the layer was given a function or a constant.
 */
function readMarker<T>(
  layer: Layer,
  name: 'getSize' | 'getColor',
  object: T,
  part: 'rim' | 'fill',
) {
  const data = layer.props.data as T[];
  const count = data.length / 2;
  const index = data.indexOf(object) + (part === 'rim' ? 0 : count);
  const accessor = (layer.props as unknown as Record<string, unknown>)[name];
  return typeof accessor === 'function'
    ? (accessor as (value: T, info: { index: number }) => unknown)(object, { index })
    : accessor;
}

describe('the site layer', () => {
  const siteIcons = { atlas: '', mapping: {} } as unknown as SiteIconAtlas;
  const sites = realDataFacts().organisations;
  const exemplar = sites.find(({ organisation }) => organisation.role === 'GDE');
  const follower = sites.find(({ organisation }) => organisation.role === 'FF');
  if (exemplar === undefined || follower === undefined) throw new Error('fixture roles');
  const build = (selectedId: string | null = null, emphasis: Emphasis | null = null) =>
    createSiteLayer(sites, true, selectedId, emphasis, siteIcons) as unknown as Layer;

  it('draws every rim, then every fill, in one layer that answers the pointer', () => {
    const layer = build();
    expect(layer.props.data).toEqual([...sites, ...sites]);
    expect([layer.id, layer.props.pickable]).toEqual([LAYER_IDS.sites, true]);
    expect(build().props.data).toBe(layer.props.data);
  });

  it.each([
    { name: 'an exemplar', site: exemplar },
    { name: 'a fast follower', site: follower },
  ])('$name: a dark rim round a fill in its vendor’s colour', ({ site }) => {
    const layer = build();
    const { role, coreVendor } = site.organisation;
    expect(readMarker(layer, 'getSize', site, 'rim')).toBe(2 * markerRadius(role));
    expect(readMarker(layer, 'getSize', site, 'fill')).toBe(SITE_SIZE[role]);
    expect(readMarker(layer, 'getColor', site, 'rim')).toEqual([20, 20, 30, 255]);
    expect(readMarker(layer, 'getColor', site, 'fill')).toEqual([...vendorColour(coreVendor), 255]);
  });

  it('the selected site’s rim turns orange and grows; the others stay as they are', () => {
    const layer = build(follower.organisation.id);
    expect(readMarker(layer, 'getColor', follower, 'rim')).toEqual([...SELECTION_COLOUR, 255]);
    expect(readMarker(layer, 'getSize', follower, 'rim')).toBe(2 * markerRadius('FF', true));
    expect(readMarker(layer, 'getSize', follower, 'rim')).toBeGreaterThan(2 * markerRadius('FF'));
    expect(readMarker(layer, 'getColor', exemplar, 'rim')).toEqual([20, 20, 30, 255]);
  });

  it('a site the emphasis leaves out is dimmed, rim and fill alike', () => {
    const emphasis: Emphasis = {
      organisations: new Set([exemplar.organisation.id]),
      pairings: new Set(),
    };
    const layer = build(null, emphasis);
    const alpha = (site: typeof exemplar, part: 'rim' | 'fill') =>
      (readMarker(layer, 'getColor', site, part) as number[])[3];
    expect([alpha(exemplar, 'rim'), alpha(exemplar, 'fill')]).toEqual([255, 255]);
    expect([alpha(follower, 'rim'), alpha(follower, 'fill')]).toEqual([
      alphaFor(emphasis, false),
      alphaFor(emphasis, false),
    ]);
    expect(alphaFor(emphasis, false)).toBeLessThan(255);
  });
});

describe('the site stack layers', () => {
  const siteIcons = { atlas: '', mapping: {} } as unknown as SiteIconAtlas;
  const [first, second, third] = realDataFacts().organisations;
  if (first === undefined || second === undefined || third === undefined)
    throw new Error('the fixture needs three organisations');
  const small: SiteStack = { id: 'a+b', lon: -2, lat: 53, members: [first, second] };
  const many: SiteStack = { ...small, id: 'many', members: Array(12).fill(third) };
  const drawnRadius = (layer: Layer, stack: SiteStack, part: 'rim' | 'fill') =>
    (Number(readMarker(layer, 'getSize', stack, part)) * SHAPE_FILL) / 2;
  const build = (emphasis: Emphasis | null = null, stacks = [small, many]) => {
    const [discs, counts] = createSiteStackLayers(stacks, true, emphasis, siteIcons);
    if (discs === undefined || counts === undefined) throw new Error('layers');
    return { discs: discs as Layer, counts: counts as Layer };
  };

  it.each([
    { stack: small, radius: stackRadius(small) },
    { stack: many, radius: stackRadius(many) },
  ])('a white rim 2.5 px wide is centred on the stack’s $radius px radius', ({ stack, radius }) => {
    const { discs } = build();
    expect(drawnRadius(discs, stack, 'rim')).toBeCloseTo(radius + 1.25);
    expect(drawnRadius(discs, stack, 'fill')).toBeCloseTo(radius - 1.25);
    expect(readMarker(discs, 'getColor', stack, 'rim')).toEqual([255, 255, 255, 255]);
  });

  it('the rims lie under the fills, and the whole disc answers the pointer', () => {
    const { discs } = build();
    expect(discs.props.data).toEqual([small, many, small, many]);
    expect([discs.id, discs.props.pickable]).toEqual([LAYER_IDS.siteStacks, true]);
  });

  it('a stack none of whose members is emphasised is dimmed; one with a member is not', () => {
    const emphasis: Emphasis = {
      organisations: new Set([first.organisation.id]),
      pairings: new Set(),
    };
    const { discs } = build(emphasis);
    const alpha = (stack: SiteStack) =>
      (readMarker(discs, 'getColor', stack, 'fill') as number[])[3];
    expect(alpha(small)).toBe(alphaFor(emphasis, true));
    expect(alpha(many)).toBe(alphaFor(emphasis, false));
    expect(alphaFor(emphasis, false)).toBeLessThan(alphaFor(emphasis, true));
  });

  it('draws nothing when no sites stack', () => {
    const { discs, counts } = build(null, []);
    expect([discs.props.visible, counts.props.visible]).toEqual([false, false]);
  });
});

describe('the boundary fill filter', () => {
  const context = (id: string, isPicking: boolean) =>
    ({ layer: { id }, isPicking }) as unknown as Parameters<
      ReturnType<typeof boundaryFillFilter>
    >[0];
  it.each([
    {
      name: 'the clear fill is left out of the drawing',
      id: 'boundaries-polygons-fill',
      fillShows: false,
      isPicking: false,
      drawn: false,
    },
    {
      name: 'but not out of picking',
      id: 'boundaries-polygons-fill',
      fillShows: false,
      isPicking: true,
      drawn: true,
    },
    {
      name: 'a selected or pointed-at area: drawn',
      id: 'boundaries-polygons-fill',
      fillShows: true,
      isPicking: false,
      drawn: true,
    },
    {
      name: 'the outlines: always drawn',
      id: 'boundaries-polygons-stroke',
      fillShows: false,
      isPicking: false,
      drawn: true,
    },
    {
      name: 'other layers: always drawn',
      id: LAYER_IDS.sites,
      fillShows: false,
      isPicking: false,
      drawn: true,
    },
  ])('$name', ({ id, fillShows, isPicking, drawn }) => {
    expect(boundaryFillFilter(fillShows)(context(id, isPicking))).toBe(drawn);
  });
});

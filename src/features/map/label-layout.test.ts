import { describe, expect, it } from 'vitest';
import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import type { PlacedLabel } from '../../domain/label-placement';
import { INITIAL_VIEW_STATE, type ViewState } from '../../domain/view/view-state';
import { MAX_DISTANCE_LABELS } from './distance-label-limit';
import { layOutLabels, reuseUnchangedLabels } from './label-layout';

const site = (id: string, role: 'GDE' | 'FF', lon: number, lat: number) =>
  ({ organisation: { id, name: `${id} NHS Trust`, role, lon, lat } }) as OrganisationFacts;

// Two long pairings far apart, and a third so short that at zoom 7 its label has no room.
const sites = [
  site('g1', 'GDE', -2.3, 53.5),
  site('f1', 'FF', -1.5, 53.8),
  site('g2', 'GDE', 0.1, 51.5),
  site('f2', 'FF', 1.3, 52.6),
  site('g3', 'GDE', -1, 52),
  site('f3', 'FF', -0.99, 52.01),
];
const pair = (id: string, gde: OrganisationFacts, ff: OrganisationFacts, km: number) =>
  ({
    pairing: { id, gdeId: gde.organisation.id, ffId: ff.organisation.id },
    gde,
    ff,
    distanceKm: km,
    distanceMiles: km / 1.609,
  }) as unknown as PairingFacts;
const [g1, f1, g2, f2, g3, f3] = sites as [
  OrganisationFacts,
  OrganisationFacts,
  OrganisationFacts,
  OrganisationFacts,
  OrganisationFacts,
  OrganisationFacts,
];
const pairings = [pair('p1', g1, f1, 60), pair('p2', g2, f2, 150), pair('p3', g3, f3, 59)];

const layout = (
  view: Partial<ViewState> = {},
  extra: { hovered?: string[]; zoom?: number } = {},
) => {
  const result = layOutLabels({
    sites,
    stacks: [],
    pairings,
    view: { ...INITIAL_VIEW_STATE, ...view },
    emphasis: null,
    hovered: extra.hovered ?? null,
    zoom: extra.zoom ?? 7,
  });
  return {
    names: result.names.map(({ facts }) => facts.organisation.id).sort(),
    distances: result.distances.map(({ facts }) => facts.pairing.id).sort(),
  };
};

describe('layOutLabels', () => {
  it.each([
    {
      name: 'defaults: no names; distances that fit (p3 is too short for its label)',
      view: {},
      expected: { names: [], distances: ['p1', 'p2'] },
    },
    {
      name: 'a selected pairing: its two ends named, and its distance drawn although it collides',
      view: { selection: { kind: 'pairing', id: 'p3' } },
      expected: { names: ['f3', 'g3'], distances: ['p1', 'p2', 'p3'] },
    },
    {
      name: 'a selected organisation and its partner are named with names switched off',
      view: { selection: { kind: 'organisation', id: 'f2' } },
      expected: { names: ['f2', 'g2'], distances: ['p1', 'p2'] },
    },
    {
      name: 'names on: every site named where there is room (f3 sits on g3’s marker)',
      view: { showSiteLabels: true, showDistanceLabels: false },
      expected: { names: ['f1', 'f2', 'g1', 'g2', 'g3'], distances: [] },
    },
    {
      name: 'sites off: no names, even of the selection',
      view: {
        showSites: false,
        showSiteLabels: true,
        selection: { kind: 'organisation', id: 'f2' },
      },
      expected: { names: [], distances: ['p1', 'p2'] },
    },
    {
      name: 'lines off: no distances',
      view: { showLines: false },
      expected: { names: [], distances: [] },
    },
  ] as { name: string; view: Partial<ViewState>; expected: object }[])(
    '$name',
    ({ view, expected }) => {
      expect(layout(view)).toEqual(expected);
    },
  );

  it('leaves dimmed lines unlabelled: only the emphasised pairings’ distances', () => {
    const result = layOutLabels({
      sites,
      stacks: [],
      pairings,
      view: { ...INITIAL_VIEW_STATE, selection: { kind: 'organisation', id: 'f2' } },
      emphasis: { organisations: new Set(['f2', 'g2']), pairings: new Set(['p2']) },
      hovered: null,
      zoom: 7,
    });
    expect(result.distances.map(({ facts }) => facts.pairing.id)).toEqual(['p2']);
  });

  it('names the exemplar where an exemplar and a follower share a spot', () => {
    const together = [site('a-follower', 'FF', -2, 53), site('z-exemplar', 'GDE', -2, 53)];
    const result = layOutLabels({
      sites: together,
      stacks: [],
      pairings: [],
      view: { ...INITIAL_VIEW_STATE, showSiteLabels: true },
      emphasis: null,
      hovered: null,
      zoom: 7,
    });
    expect(result.names.map(({ facts }) => facts.organisation.id)).toEqual(['z-exemplar']);
  });

  it('draws a hovered pairing’s distance whatever it covers', () => {
    expect(layout({}, { hovered: ['p3'] }).distances).toEqual(['p1', 'p2', 'p3']);
  });

  it('sets a selected short line’s distance beside it, clear of its ends’ names; others stay on their lines', () => {
    // About 20 × 35 px at zoom 7: both names take the line's middle and the points along it.
    const north = site('north', 'GDE', 0.12, 52.19);
    const south = site('south', 'FF', 0.02, 52.08);
    north.organisation.name = 'Cambridge University Hospitals NHS Foundation Trust';
    south.organisation.name = 'University College London Hospitals NHS Foundation Trust';
    const result = layOutLabels({
      sites: [...sites, north, south],
      stacks: [],
      pairings: [...pairings, pair('short', north, south, 14)],
      view: { ...INITIAL_VIEW_STATE, selection: { kind: 'pairing', id: 'short' } },
      emphasis: null,
      hovered: null,
      zoom: 7,
    });
    const anchors = Object.fromEntries(
      result.distances.map(({ facts, placed }) => [facts.pairing.id, placed.anchor]),
    );
    expect(anchors).toEqual({
      p1: 'centre',
      p2: 'centre',
      short: expect.not.stringMatching('centre'),
    });
  });

  it('zoomed in far enough, every distance fits', () => {
    expect(layout({}, { zoom: 11 }).distances).toEqual(['p1', 'p2', 'p3']);
  });

  it.each([
    ['exactly the limit', MAX_DISTANCE_LABELS, MAX_DISTANCE_LABELS],
    ['one over the limit: none laid out', MAX_DISTANCE_LABELS + 1, 0],
  ])('distance labels at scale: %s', (_name, count, laidOut) => {
    // Spread along a parallel 0.2° apart, so none collides with another.
    const many = Array.from({ length: count }, (_, index) => {
      const gde = site(`g${index}`, 'GDE', -180 + index * 0.17, 10);
      const ff = site(`f${index}`, 'FF', -180 + index * 0.17, 10.0001);
      return pair(`p${index}`, gde, ff, 1);
    });
    const result = layOutLabels({
      sites: [],
      stacks: [],
      pairings: many,
      view: INITIAL_VIEW_STATE,
      emphasis: null,
      hovered: null,
      zoom: 12,
    });
    expect(result.distances).toHaveLength(laidOut);
  });
});

describe('reuseUnchangedLabels', () => {
  const base = () =>
    layOutLabels({
      sites,
      stacks: [],
      pairings,
      view: { ...INITIAL_VIEW_STATE, selection: { kind: 'pairing', id: 'p3' } },
      emphasis: null,
      hovered: null,
      zoom: 7,
    });
  const kept = base();
  const moved = <T extends { placed: PlacedLabel }>(labels: readonly T[]): T[] =>
    labels.map((label) => ({ ...label, placed: { ...label.placed, lon: label.placed.lon + 1 } }));

  it.each([
    {
      name: 'the same labels placed alike: the earlier layout itself',
      next: base(),
      names: true,
      distances: true,
    },
    {
      name: 'distances moved: the names kept',
      next: { ...base(), distances: moved(base().distances) },
      names: true,
      distances: false,
    },
    {
      name: 'names moved: the distances kept',
      next: { ...base(), names: moved(base().names) },
      names: false,
      distances: true,
    },
    {
      name: 'one name fewer: new names',
      next: { ...base(), names: base().names.slice(1) },
      names: false,
      distances: true,
    },
    {
      name: 'a name of new data at the same place: new names',
      next: {
        ...base(),
        names: base().names.map((label) => ({ ...label, facts: { ...label.facts } })),
      },
      names: false,
      distances: true,
    },
  ])('$name', ({ next, names, distances }) => {
    const result = reuseUnchangedLabels(kept, next);
    expect(result.names === kept.names).toBe(names);
    expect(result.distances === kept.distances).toBe(distances);
    expect(result === kept).toBe(names && distances);
  });
});

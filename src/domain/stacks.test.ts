import { describe, expect, it } from 'vitest';
import type { OrganisationFacts } from './derive-facts';
import { sameStacking, singlesBesideStacks, stackBounds, stackOverlapping } from './stacks';

const site = (id: string, lon: number, lat: number) =>
  ({ organisation: { id, name: id, lon, lat }, areas: {} }) as unknown as OrganisationFacts;

// Liverpool's specialist trusts sit within a few kilometres; Newcastle is far from them.
const liverpool = [
  site('alderhey', -2.8977, 53.4193),
  site('lwh', -2.9596, 53.3996),
  site('rlbuh', -2.9661, 53.4097),
];
const newcastle = site('nuth', -1.6178, 54.9783);
const ids = (sites: OrganisationFacts[]) => sites.map(({ organisation }) => organisation.id);

describe('stackOverlapping', () => {
  it.each([
    { zoom: 5.5, stacks: [['alderhey', 'lwh', 'rlbuh']], singles: ['nuth'] },
    { zoom: 9, stacks: [['lwh', 'rlbuh']], singles: ['alderhey', 'nuth'] },
    { zoom: 12, stacks: [], singles: ['alderhey', 'lwh', 'rlbuh', 'nuth'] },
  ])('at zoom $zoom', ({ zoom, stacks, singles }) => {
    const result = stackOverlapping([...liverpool, newcastle], zoom, 18);
    expect(result.stacks.map((stack) => ids(stack.members))).toEqual(stacks);
    expect(ids(result.singles).sort()).toEqual([...singles].sort());
  });

  it('never stacks a site kept apart (the selection)', () => {
    const result = stackOverlapping([...liverpool, newcastle], 5.5, 18, new Set(['alderhey']));
    expect(result.stacks.map((stack) => ids(stack.members))).toEqual([['lwh', 'rlbuh']]);
    expect(ids(result.singles).sort()).toEqual(['alderhey', 'nuth']);
  });

  it('joins a chain of near sites into one stack and places it at their mean', () => {
    // 0.04° is about 15 px at zoom 8: a and c are 29 px apart, but each is near b.
    const chain = [site('a', 0, 52), site('b', 0.04, 52), site('c', 0.08, 52)];
    const [stack] = stackOverlapping(chain, 8, 18).stacks;
    expect(stack?.id).toBe('a+b+c');
    expect(stack?.lon).toBeCloseTo(0.04, 6);
    expect(stackBounds(stack ?? { id: '', lon: 0, lat: 0, members: [] })).toEqual([
      0, 52, 0.08, 52,
    ]);
  });
});

describe('sameStacking', () => {
  const sites = [site('a', 0, 52), site('b', 0.04, 52), site('c', 3, 52)];
  const grouped = (list: OrganisationFacts[], zoom = 8) => stackOverlapping(list, zoom, 18);
  const moved = sites.map((facts) => ({ ...facts, organisation: { ...facts.organisation } }));
  it.each([
    { name: 'grouped again from the same sites: the same', next: grouped(sites), same: true },
    {
      name: 'zoomed in until the stack opens: not the same',
      next: grouped(sites, 12),
      same: false,
    },
    { name: 'one site fewer: not the same', next: grouped(sites.slice(1)), same: false },
    { name: 'new data with the same ids: not the same', next: grouped(moved), same: false },
    { name: 'no grouping at all: not the same', next: undefined, same: false },
  ])('$name', ({ next, same }) => {
    expect(sameStacking(grouped(sites), next)).toBe(same);
  });
});

describe('singlesBesideStacks', () => {
  const stacked = stackOverlapping([...liverpool, newcastle], 9, 18);
  const leeds = site('lth', -1.5491, 53.8008);
  it.each([
    { case: 'the same sites', shown: [...liverpool, newcastle], singles: ['alderhey', 'nuth'] },
    { case: 'a single filtered out', shown: liverpool, singles: ['alderhey'] },
    {
      case: 'a site brought back',
      shown: [...liverpool, newcastle, leeds],
      singles: ['alderhey', 'nuth', 'lth'],
    },
    {
      case: 'a stacked site filtered out',
      shown: [liverpool[0], liverpool[1]],
      singles: ['alderhey'],
    },
  ])('keeps the stacks and shows the rest as singles: $case', ({ shown, singles }) => {
    const result = singlesBesideStacks(
      stacked,
      shown.filter((s) => s !== undefined),
    );
    expect(result.stacks).toBe(stacked.stacks);
    expect(ids(result.singles)).toEqual(singles);
  });
});

import { describe, expect, it } from 'vitest';
import type { OrganisationFacts } from './derive-facts';
import { moveAnnouncement, moveDirection, organisationsInView } from './in-view';

const site = (id: string, name: string, lon: number, lat: number) =>
  ({ organisation: { id, name, lon, lat }, areas: {} }) as unknown as OrganisationFacts;

describe('organisationsInView', () => {
  const sites = [
    site('b', 'Bravo', -2.9, 53.4),
    site('a', 'Alpha', -2.2, 53.5),
    site('c', 'Charlie', 0.1, 51.5),
  ];
  it.each([
    { bounds: [-3, 53, -2, 54] as const, expected: ['Alpha', 'Bravo'] },
    { bounds: [-1, 51, 1, 52] as const, expected: ['Charlie'] },
    { bounds: [-6, 49, 2, 56] as const, expected: ['Alpha', 'Bravo', 'Charlie'] },
    { bounds: [5, 40, 6, 41] as const, expected: [] },
  ])('$bounds', ({ bounds, expected }) => {
    expect(organisationsInView(sites, bounds).map(({ organisation }) => organisation.name)).toEqual(
      expected,
    );
  });
});

describe('moveDirection', () => {
  const from = { lon: -2, lat: 53, zoom: 6 };
  it.each([
    { to: { lon: -1, lat: 53, zoom: 6 }, expected: 'moved east' },
    { to: { lon: -3, lat: 53, zoom: 6 }, expected: 'moved west' },
    { to: { lon: -2, lat: 54, zoom: 6 }, expected: 'moved north' },
    { to: { lon: -2, lat: 52, zoom: 6 }, expected: 'moved south' },
    { to: { lon: -1.4, lat: 53.6, zoom: 6 }, expected: 'moved north-east' },
    { to: { lon: -2, lat: 53, zoom: 7 }, expected: 'zoomed in' },
    { to: { lon: -2, lat: 53, zoom: 5 }, expected: 'zoomed out' },
    { to: { lon: -2, lat: 53, zoom: 6.1 }, expected: null },
  ])('to $to is $expected', ({ to, expected }) => {
    expect(moveDirection(from, to)).toBe(expected);
  });
});

describe('moveAnnouncement', () => {
  it.each([
    ['moved north', 14, 'Map moved north; 14 organisations in view.'],
    ['zoomed in', 1, 'Map zoomed in; 1 organisation in view.'],
    ['moved west', 0, 'Map moved west; 0 organisations in view.'],
  ] as const)('%s, %d', (direction, count, expected) => {
    expect(moveAnnouncement(direction, count)).toBe(expected);
  });
});

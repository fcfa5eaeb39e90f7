import { describe, expect, it } from 'vitest';
import { farFromOthers } from './far-sites';

const england = [
  { lon: -2.24, lat: 53.48 },
  { lon: -2.98, lat: 53.41 },
  { lon: -1.55, lat: 53.8 },
  { lon: -0.13, lat: 51.51 },
];

describe('farFromOthers', () => {
  it.each([
    { name: 'sites close together: none flagged', sites: england, far: [] },
    {
      name: 'Paris beside England: flagged (340 km from London)',
      sites: [...england, { lon: 2.35, lat: 48.86 }],
      far: [4],
    },
    {
      name: 'a dropped minus sign puts Manchester in the North Sea',
      sites: [...england, { lon: 2.24, lat: 53.48 }],
      far: [],
    },
    {
      name: 'a latitude typo (35 for 53) is far from everything',
      sites: [...england, { lon: -2.24, lat: 35.48 }],
      far: [4],
    },
    { name: 'fewer than three sites: nothing to compare', sites: england.slice(0, 2), far: [] },
  ])('$name', ({ sites, far }) => {
    expect(farFromOthers(sites).map(({ index }) => index)).toEqual(far);
  });

  it('does not flag a programme spread over a continent', () => {
    const spread = [
      { lon: -122.4, lat: 37.8 },
      { lon: -118.2, lat: 34.1 },
      { lon: -87.6, lat: 41.9 },
      { lon: -74, lat: 40.7 },
      { lon: -71.1, lat: 42.4 },
    ];
    expect(farFromOthers(spread)).toEqual([]);
  });
});

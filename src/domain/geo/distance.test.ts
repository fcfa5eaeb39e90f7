import { describe, expect, it } from 'vitest';
import { greatCircleKm, kmToMiles } from './distance';

// Spherical model with the IUGG mean radius 6371.0088 km: one degree of arc is 111.1951 km.
describe('greatCircleKm', () => {
  it.each([
    { name: 'same point', from: [51.5, -0.12], to: [51.5, -0.12], km: 0, within: 1e-9 },
    { name: 'one degree of latitude', from: [52, -1], to: [53, -1], km: 111.1951, within: 0.001 },
    {
      name: 'one degree of longitude on the equator',
      from: [0, 0],
      to: [0, 1],
      km: 111.1951,
      within: 0.001,
    },
    { name: 'equator to North Pole', from: [0, 0], to: [90, 0], km: 10007.557, within: 0.01 },
    {
      name: 'London to Paris',
      from: [51.5074, -0.1278],
      to: [48.8566, 2.3522],
      km: 343.56,
      within: 0.5,
    },
    {
      name: 'order does not matter',
      from: [48.8566, 2.3522],
      to: [51.5074, -0.1278],
      km: 343.56,
      within: 0.5,
    },
  ])('$name', ({ from, to, km, within }) => {
    const [fromLat = 0, fromLon = 0] = from;
    const [toLat = 0, toLon = 0] = to;
    const result = greatCircleKm({ lat: fromLat, lon: fromLon }, { lat: toLat, lon: toLon });
    expect(Math.abs(result - km)).toBeLessThanOrEqual(within);
  });
});

describe('kmToMiles', () => {
  it.each([
    { km: 0, miles: 0 },
    { km: 1.609344, miles: 1 },
    { km: 100, miles: 62.137 },
  ])('$km km is $miles miles', ({ km, miles }) => {
    expect(kmToMiles(km)).toBeCloseTo(miles, 3);
  });
});

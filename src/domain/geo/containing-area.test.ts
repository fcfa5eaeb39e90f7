import { describe, expect, it } from 'vitest';
import type { BoundaryCollection } from './boundaries';
import { indexAreas } from './containing-area';

const collection: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'A', name: 'Square with a hole' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 50],
            [2, 50],
            [2, 52],
            [0, 52],
            [0, 50],
          ],
          [
            [0.8, 50.8],
            [1.2, 50.8],
            [1.2, 51.2],
            [0.8, 51.2],
            [0.8, 50.8],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { code: 'B', name: 'Triangle and island' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [-2, 50],
              [-1, 50],
              [-2, 52],
              [-2, 50],
            ],
          ],
          [
            [
              [-4, 55],
              [-3, 55],
              [-3, 56],
              [-4, 56],
              [-4, 55],
            ],
          ],
        ],
      },
    },
  ],
};

describe('indexAreas().find', () => {
  const index = indexAreas(collection);
  it.each([
    { name: 'inside the square', point: { lon: 0.5, lat: 51.5 }, code: 'A' },
    { name: 'in the square’s hole', point: { lon: 1, lat: 51 }, code: null },
    { name: 'inside the triangle', point: { lon: -1.8, lat: 50.5 }, code: 'B' },
    { name: 'in the triangle’s box but outside it', point: { lon: -1.1, lat: 51.9 }, code: null },
    { name: 'on the second polygon of a multipolygon', point: { lon: -3.5, lat: 55.5 }, code: 'B' },
    { name: 'in the sea', point: { lon: 5, lat: 45 }, code: null },
  ])('$name → $code', ({ point, code }) => {
    expect(index.find(point)?.code ?? null).toBe(code);
  });
});

import { describe, expect, it } from 'vitest';
import { dataExtent, viewFence } from './view-fence';

describe('dataExtent and viewFence', () => {
  it.each([
    { name: 'no sites: no fence', points: [], fence: null },
    {
      name: 'one site: 16° east and west, 10° north and south',
      points: [{ lon: -2, lat: 53 }],
      fence: [-18, 43, 14, 63],
    },
    {
      name: 'England: its extent and the margins',
      points: [
        { lon: -5.5, lat: 50.1 },
        { lon: 1.7, lat: 55 },
      ],
      fence: [-21.5, 40.1, 17.7, 65],
    },
    {
      name: 'a wide programme: half its extent each side',
      points: [
        { lon: -120, lat: 30 },
        { lon: -70, lat: 45 },
      ],
      fence: [-145, 20, -45, 55],
    },
    {
      name: 'never past the poles or the date line',
      points: [
        { lon: 175, lat: 80 },
        { lon: 170, lat: 78 },
      ],
      fence: [154, 68, 180, 85],
    },
  ])('$name', ({ points, fence }) => {
    const extent = dataExtent(points);
    const rounded =
      (extent === null ? null : viewFence(extent))?.map((value) => Math.round(value * 1e6) / 1e6) ??
      null;
    expect(rounded).toEqual(fence);
  });
});

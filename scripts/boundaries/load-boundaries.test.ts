import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_SOURCES } from './config';
import { downloadFromOns } from './load-boundaries';

const icb = BOUNDARY_SOURCES.find((source) => source.id === 'icb');
if (icb === undefined) throw new Error('no icb source configured');

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 50],
      [1, 50],
      [1, 51],
      [0, 51],
      [0, 50],
    ],
  ],
};

// A stand-in for the ONS ArcGIS feature service, on loopback only.
let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === `/ok/${icb.onsService}/FeatureServer/0/query`) {
      response.setHeader('content-type', 'application/geo+json');
      response.end(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { ICB22CD: 'E54000008', ICB22NM: 'NHS Test ICB' },
              geometry: square,
            },
          ],
        }),
      );
    } else if (url.pathname.startsWith('/renamed/')) {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ error: { code: 400, message: 'Invalid URL' } }));
    } else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('downloadFromOns', () => {
  it('queries the feature service for GeoJSON in WGS84 and keeps only code and name', async () => {
    const collection = await downloadFromOns(`${base}/ok`, icb);
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]?.properties).toEqual({ code: 'E54000008', name: 'NHS Test ICB' });
    const query = new URL(requests.at(-1) ?? '', 'http://localhost').searchParams;
    expect(query.get('f')).toBe('geojson');
    expect(query.get('outSR')).toBe('4326');
    expect(query.get('outFields')).toBe('ICB22CD,ICB22NM');
  });

  it.each([
    { name: 'a missing service', path: '/missing', message: /HTTP 404/ },
    {
      name: 'an error answer from a renamed service',
      path: '/renamed',
      message: /the service answered "Invalid URL"/,
    },
  ])('fails clearly on $name', async ({ path, message }) => {
    await expect(downloadFromOns(`${base}${path}`, icb)).rejects.toThrow(message);
  });
});

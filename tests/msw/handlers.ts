import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { http, HttpResponse } from 'msw';
import { topology } from 'topojson-server';

const fixtures = join(process.cwd(), 'tests/fixtures');

export function fixtureText(path: string): string {
  return readFileSync(join(fixtures, path), 'utf8');
}

export function csvHandler(
  file: 'organisations.csv' | 'pairings.csv' | 'evidence.csv',
  text: string,
) {
  return http.get(`*/${file}`, () =>
    HttpResponse.text(text, { headers: { 'content-type': 'text/csv' } }),
  );
}

/** Two areas split at 2°W, enough to make same-ICS answers real in component tests. */
function halvesTopology(prefix: string, [westCode, eastCode]: [string, string]) {
  const box = (west: number, east: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, 49],
        [east, 49],
        [east, 56],
        [west, 56],
        [west, 49],
      ],
    ],
  });
  const areas: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: westCode, name: `${prefix} West` },
        geometry: box(-6, -2),
      },
      {
        type: 'Feature',
        properties: { code: eastCode, name: `${prefix} East` },
        geometry: box(-2, 2),
      },
    ],
  };
  return topology({ areas });
}

export const boundariesPresent = [
  http.get('*/data/boundaries/icb-2022.topo.json', () =>
    HttpResponse.json(halvesTopology('ICB', ['E54000901', 'E54000902'])),
  ),
  http.get('*/data/boundaries/stp-2021.topo.json', () =>
    HttpResponse.json(halvesTopology('STP', ['E54000801', 'E54000802'])),
  ),
  http.get('*/data/boundaries/nhs-regions.topo.json', () =>
    HttpResponse.json(halvesTopology('Region', ['E40000901', 'E40000902'])),
  ),
];

export const boundariesMissing = [
  http.get('*/data/boundaries/*', () => new HttpResponse('Not found', { status: 404 })),
];

export const defaultHandlers = [
  csvHandler('organisations.csv', fixtureText('good/organisations.csv')),
  csvHandler('pairings.csv', fixtureText('good/pairings.csv')),
  csvHandler('evidence.csv', readFileSync(join(process.cwd(), 'data/evidence.csv'), 'utf8')),
  http.get('*/story.json', () =>
    HttpResponse.text(readFileSync(join(process.cwd(), 'data/story.json'), 'utf8'), {
      headers: { 'content-type': 'application/json' },
    }),
  ),
  ...boundariesPresent,
  http.get('*/data/basemap/land.topo.json', () => new HttpResponse('Not found', { status: 404 })),
];

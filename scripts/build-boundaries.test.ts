import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import { BOUNDARY_SOURCES } from './boundaries/config';
import { buildGeography, differingFiles, writeBuiltFiles } from './build-boundaries';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-boundaries-'));
  folders.push(folder);
  return folder;
}

const square = (code: string) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code, name: `Area ${code}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1, 52],
            [0, 52],
            [0, 53],
            [-1, 53],
            [-1, 52],
          ],
        ],
      },
    },
  ],
});

const quiet = { onsBase: 'http://127.0.0.1:9', log: () => undefined };

describe('buildGeography', () => {
  it('builds the coastline and every boundary layer from a folder, in memory', async () => {
    const sources = tempFolder();
    for (const source of BOUNDARY_SOURCES)
      writeFileSync(join(sources, source.localFile), JSON.stringify(square('E54000001')));
    const { files, failures } = await buildGeography({
      ...quiet,
      root: tempFolder(),
      boundariesDir: sources,
    });
    expect(failures).toEqual([]);
    expect(files.map((file) => file.path).sort()).toEqual([
      'public/data/basemap/land.topo.json',
      'public/data/boundaries/icb-2022.topo.json',
      'public/data/boundaries/nhs-regions.topo.json',
      'public/data/boundaries/stp-2021.topo.json',
    ]);
  });

  it('names each layer it could not build and still builds the coastline', async () => {
    const { files, failures } = await buildGeography({
      ...quiet,
      root: tempFolder(),
      boundariesDir: tempFolder(),
    });
    expect(failures.map((failure) => failure.split(':')[0])).toEqual(['icb', 'stp', 'region']);
    expect(files.map((file) => file.path)).toEqual(['public/data/basemap/land.topo.json']);
  });
});

describe('differingFiles', () => {
  const built = [
    { path: 'public/data/a.json', contents: '{"a":1}' },
    { path: 'public/data/b.json', contents: '{"b":2}' },
  ];
  it.each([
    { case: 'identical copies', committed: ['{"a":1}', '{"b":2}'], expected: [] },
    {
      case: 'one file changed',
      committed: ['{"a":1}', '{"b":3}'],
      expected: ['public/data/b.json: differs from a rebuild'],
    },
    {
      case: 'one file missing',
      committed: [null, '{"b":2}'],
      expected: ['public/data/a.json: not committed'],
    },
  ])('$case', async ({ committed, expected }) => {
    const root = tempFolder();
    await writeBuiltFiles(
      root,
      built.flatMap((file, index) => {
        const contents = committed[index];
        return contents === null || contents === undefined ? [] : [{ ...file, contents }];
      }),
    );
    const problems = await differingFiles(root, built);
    expect(problems.map((problem) => problem.replace(/ \(.*\)$/, ''))).toEqual(expected);
  });
});

describe('the committed geography', () => {
  it.each([
    { file: 'boundaries/icb-2022.topo.json', object: 'icb', areas: 42 },
    { file: 'boundaries/stp-2021.topo.json', object: 'stp', areas: 42 },
    { file: 'boundaries/nhs-regions.topo.json', object: 'region', areas: 7 },
    { file: 'basemap/land.topo.json', object: 'land', areas: 1 },
  ])('$file holds $areas areas', ({ file, object, areas }) => {
    const topology = JSON.parse(readFileSync(join('public/data', file), 'utf8')) as Topology;
    const geometries = topology.objects[object];
    expect(geometries?.type).toBe('GeometryCollection');
    expect(
      geometries !== undefined && 'geometries' in geometries ? geometries.geometries : [],
    ).toHaveLength(areas);
  });
});

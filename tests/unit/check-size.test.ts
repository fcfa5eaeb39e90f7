import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { budgetProblems, MAP_VIEW_BUDGET, sizeReport } from '../../scripts/check-size';

/** A stand-in chunk: only the fields the size check reads. */
function chunk(
  fileName: string,
  code: string,
  extra: Partial<Rolldown.OutputChunk> = {},
): Rolldown.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    name: fileName.replace(/\.js$/, ''),
    code,
    imports: [],
    dynamicImports: [],
    moduleIds: [],
    isEntry: false,
    isDynamicEntry: false,
    facadeModuleId: null,
    ...extra,
  } as unknown as Rolldown.OutputChunk;
}

/** Random-looking text gzips to about its own size, so budgets can be crossed on purpose. */
function incompressible(bytes: number): string {
  let state = 7;
  let text = '';
  while (text.length < bytes) {
    state = (state * 48271) % 2147483647;
    text += String.fromCharCode(33 + (state % 90));
  }
  return text;
}

const build = (mapBytes: number, chartsInMap: boolean) => [
  chunk('index.js', 'entry', {
    isEntry: true,
    imports: ['shared.js'],
    dynamicImports: ['map-view.js', 'charts.js'],
  }),
  chunk('shared.js', 'shared'),
  chunk('map-view.js', 'map', {
    isDynamicEntry: true,
    facadeModuleId: '/repo/src/app/mount-app.tsx',
    imports: ['maplibre.js', ...(chartsInMap ? ['charts.js'] : [])],
  }),
  chunk('maplibre.js', incompressible(mapBytes)),
  chunk('charts.js', 'charts', {
    isDynamicEntry: true,
    moduleIds: [
      '/repo/node_modules/recharts/lib/index.js',
      '/repo/src/features/charts/charts-panel.tsx',
    ],
  }),
];

describe('size budgets', () => {
  it('counts the entry and the map chunk with their static imports, not lazy chunks', () => {
    const report = sizeReport(build(1000, false));
    expect(
      report.chunks
        .filter((size) => size.mapView)
        .map((size) => size.name)
        .sort(),
    ).toEqual(['index', 'map-view', 'maplibre', 'shared']);
    expect(report.chartsInMapView).toEqual([]);
  });

  // Baselines are given as a share of the chunk's size in this build.
  it.each([
    ['all within budget', 1000, false, {}, []],
    [
      'map view over 600 KB',
      MAP_VIEW_BUDGET * 1.5,
      false,
      {},
      [/map view's JS is .* over the 600.0 KB budget/],
    ],
    [
      'charts pulled into the map view',
      1000,
      true,
      {},
      [/charts code loads before the charts panel opens: .*recharts/],
    ],
    [
      'a chunk 10% over its baseline',
      1000,
      false,
      { maplibre: 1 / 1.1 },
      [/chunk "maplibre" grew/],
    ],
    ['a chunk 3% over its baseline', 1000, false, { maplibre: 1 / 1.03 }, []],
  ] as const)('%s', (_name, mapBytes, chartsInMap, shares, expected) => {
    const report = sizeReport(build(mapBytes, chartsInMap));
    const baseline = Object.fromEntries(
      Object.entries(shares).map(([name, share]) => [
        name,
        (report.chunks.find((size) => size.name === name)?.gzip ?? 0) * share,
      ]),
    );
    const problems = budgetProblems(report, baseline);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});

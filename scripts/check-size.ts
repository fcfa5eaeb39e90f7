/**
 * npm run size [-- --update-baseline]: builds the site and checks the script budgets (DESIGN.md §7):
 * - the map view's JS (the entry and the app's chunk, with the map's code, and everything they
 *   import statically) is at most 600 KB gzip;
 * - no charts code (Recharts, src/features/charts) is in it: charts load when their panel opens;
 * - no chunk is more than 5% bigger (gzip) than in bench/size-baseline.json.
 * Update the baseline deliberately, in a commit of its own. Exits 1 when a budget is broken.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Rolldown } from 'vite';
import { APP_MODULE, appChunks } from './app-chunks';
import { gzipSize } from './bench/stats';
import { buildProduction } from './build-production';

export const MAP_VIEW_BUDGET = 600 * 1024;
export const GROWTH_LIMIT = 0.05;
const CHARTS_CODE = /node_modules\/recharts\/|src\/features\/charts\//;

const root = process.cwd();
const baselineFile = resolve(root, 'bench/size-baseline.json');

interface ChunkSize {
  name: string;
  file: string;
  gzip: number;
  raw: number;
  mapView: boolean;
}

export interface SizeReport {
  mapViewGzip: number;
  chunks: ChunkSize[];
  chartsInMapView: string[];
}

export function sizeReport(chunks: Rolldown.OutputChunk[]): SizeReport {
  const loaded = appChunks(chunks);
  if (loaded === null)
    throw new Error(`the build has no entry chunk or no chunk for ${APP_MODULE}`);
  const mapView = new Set([...loaded.entry, ...loaded.app]);
  const names = new Map<string, number>();
  const sizes = chunks.map((chunk): ChunkSize => {
    // Names repeat now and then (two "index" chunks): number them in a stable order.
    const seen = names.get(chunk.name) ?? 0;
    names.set(chunk.name, seen + 1);
    return {
      name: seen === 0 ? chunk.name : `${chunk.name}~${seen}`,
      file: chunk.fileName,
      gzip: gzipSize(Buffer.from(chunk.code)),
      raw: Buffer.byteLength(chunk.code),
      mapView: mapView.has(chunk.fileName),
    };
  });
  return {
    mapViewGzip: sizes.filter((size) => size.mapView).reduce((sum, size) => sum + size.gzip, 0),
    chunks: sizes,
    chartsInMapView: chunks
      .filter((chunk) => mapView.has(chunk.fileName))
      .flatMap((chunk) => chunk.moduleIds.filter((id) => CHARTS_CODE.test(id)))
      .map((id) => id.replace(`${root}/`, '')),
  };
}

/** Every broken budget, in words; empty when all hold. */
export function budgetProblems(report: SizeReport, baseline: Record<string, number>): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (report.mapViewGzip > MAP_VIEW_BUDGET)
    problems.push(
      `the map view's JS is ${kb(report.mapViewGzip)} gzip, over the ${kb(MAP_VIEW_BUDGET)} budget`,
    );
  if (report.chartsInMapView.length > 0)
    problems.push(
      `charts code loads before the charts panel opens: ${report.chartsInMapView.slice(0, 5).join(', ')}`,
    );
  for (const chunk of report.chunks) {
    const before = baseline[chunk.name];
    if (before !== undefined && chunk.gzip > before * (1 + GROWTH_LIMIT))
      problems.push(
        `chunk "${chunk.name}" grew from ${kb(before)} to ${kb(chunk.gzip)} gzip (more than ${GROWTH_LIMIT * 100}%)`,
      );
  }
  return problems;
}

async function main() {
  const [result] = await buildProduction([
    { root, build: { outDir: join(root, 'bench/.out/size'), emptyOutDir: true } },
  ]);
  const outputs = result === undefined ? [] : Array.isArray(result) ? result : [result];
  const output = outputs.flatMap((item) =>
    'output' in item
      ? item.output.filter((part): part is Rolldown.OutputChunk => part.type === 'chunk')
      : [],
  );
  const report = sizeReport(output);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const chunk of [...report.chunks].sort((a, b) => b.gzip - a.gzip))
    console.log(
      `${chunk.mapView ? 'map view' : 'later   '}  ${kb(chunk.gzip).padStart(10)} gzip  ${kb(chunk.raw).padStart(10)} raw  ${chunk.name}`,
    );
  console.log(`map view JS: ${kb(report.mapViewGzip)} gzip (budget ${kb(MAP_VIEW_BUDGET)})`);

  if (process.argv.includes('--update-baseline')) {
    const baseline = Object.fromEntries(report.chunks.map((chunk) => [chunk.name, chunk.gzip]));
    writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`wrote ${baselineFile}`);
    return;
  }
  const baseline = existsSync(baselineFile)
    ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, number>)
    : {};
  const problems = budgetProblems(report, baseline);
  for (const problem of problems) console.error(`Size budget: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('All size budgets hold.');
}

if (process.argv[1]?.endsWith('check-size.ts')) await main();

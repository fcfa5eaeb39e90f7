/**
 * Builds the map's geographic files into public/data/ (git-ignored; see README "Boundaries").
 *
 *   npm run boundaries               rebuild everything
 *   npm run boundaries:if-missing    build only what is missing (runs before dev and build)
 *
 * Boundaries come from BOUNDARIES_DIR (GeoJSON with code/name, e.g. ../shared/geo), else from
 * ../shared/geo when it exists, else from the ONS feature services (ONS_SERVICES_BASE overrides
 * the host, e.g. for a local mirror). A failure leaves the app without boundary layers, never broken.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildLand } from './boundaries/build-land';
import {
  BASEMAP_OUTPUT_DIR,
  BOUNDARIES_OUTPUT_DIR,
  BOUNDARY_SOURCES,
  LAND_OUTPUT_FILE,
  ONS_SERVICES_BASE,
} from './boundaries/config';
import { downloadFromOns, loadFromDirectory } from './boundaries/load-boundaries';
import { toTopology } from './boundaries/to-topology';

const DEFAULT_LOCAL_DIR = '../shared/geo';

export interface BuildOptions {
  root: string;
  ifMissing: boolean;
  boundariesDir: string | undefined;
  onsBase: string;
  log: (line: string) => void;
}

export async function buildGeography(options: BuildOptions): Promise<{ failures: string[] }> {
  const { root, ifMissing, log } = options;
  const failures: string[] = [];
  const boundariesOut = join(root, BOUNDARIES_OUTPUT_DIR);
  const basemapOut = join(root, BASEMAP_OUTPUT_DIR);
  await mkdir(boundariesOut, { recursive: true });
  await mkdir(basemapOut, { recursive: true });

  const landPath = join(basemapOut, LAND_OUTPUT_FILE);
  if (!(ifMissing && existsSync(landPath))) {
    await writeFile(landPath, JSON.stringify(toTopology('land', await buildLand())));
    log(`land: wrote ${landPath} (Natural Earth 1:50m countries, public domain)`);
  }

  const localDir =
    options.boundariesDir ??
    (existsSync(join(root, DEFAULT_LOCAL_DIR)) ? join(root, DEFAULT_LOCAL_DIR) : undefined);
  for (const source of BOUNDARY_SOURCES) {
    const target = join(boundariesOut, source.output);
    if (ifMissing && existsSync(target)) continue;
    try {
      const collection =
        localDir !== undefined
          ? await loadFromDirectory(resolve(root, localDir), source)
          : await downloadFromOns(options.onsBase, source);
      await writeFile(target, JSON.stringify(toTopology(source.id, collection)));
      log(
        `${source.id}: wrote ${target} (${collection.features.length} areas, from ${localDir ?? options.onsBase})`,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.push(`${source.id}: ${reason}`);
      log(`${source.id}: NOT built; the atlas will run without this layer. ${reason}`);
    }
  }
  return { failures };
}

const isCli =
  process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('build-boundaries.ts');
if (isCli) {
  const { failures } = await buildGeography({
    root: process.cwd(),
    ifMissing: process.argv.includes('--if-missing'),
    boundariesDir: process.env.BOUNDARIES_DIR,
    onsBase: process.env.ONS_SERVICES_BASE ?? ONS_SERVICES_BASE,
    log: (line) => console.log(line),
  });
  if (failures.length > 0 && process.argv.includes('--strict')) process.exit(1);
}

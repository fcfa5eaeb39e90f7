/**
 * Builds the map's geographic files in public/data/, which are committed (see README "Boundaries"):
 * a fresh clone, `npm run dev`, `npm run build` and the Pages deploy use them as they are.
 *
 *   npm run boundaries          rebuild every file
 *   npm run boundaries:check    rebuild in memory and fail if any committed file differs
 *
 * Boundaries come from BOUNDARIES_DIR (GeoJSON with code/name, e.g. ../shared/geo), else from
 * ../shared/geo when it exists, else from the ONS feature services (ONS_SERVICES_BASE overrides
 * the host, e.g. for a local mirror). The coastline comes from the world-atlas npm package.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
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
  boundariesDir: string | undefined;
  onsBase: string;
  log: (line: string) => void;
}

export interface BuiltFile {
  /** Path relative to the project root. */
  path: string;
  contents: string;
}

export interface BuildResult {
  files: BuiltFile[];
  failures: string[];
}

/** Builds every geographic file in memory; a source that fails is reported, the rest still build. */
export async function buildGeography(options: BuildOptions): Promise<BuildResult> {
  const { root, log } = options;
  const failures: string[] = [];
  const files: BuiltFile[] = [
    {
      path: join(BASEMAP_OUTPUT_DIR, LAND_OUTPUT_FILE),
      contents: JSON.stringify(toTopology('land', await buildLand())),
    },
  ];
  log('land: Natural Earth 1:50m countries (public domain, world-atlas)');

  const localDir =
    options.boundariesDir ??
    (existsSync(join(root, DEFAULT_LOCAL_DIR)) ? DEFAULT_LOCAL_DIR : undefined);
  for (const source of BOUNDARY_SOURCES) {
    try {
      const collection =
        localDir !== undefined
          ? await loadFromDirectory(resolve(root, localDir), source)
          : await downloadFromOns(options.onsBase, source);
      files.push({
        path: join(BOUNDARIES_OUTPUT_DIR, source.output),
        contents: JSON.stringify(toTopology(source.id, collection)),
      });
      log(`${source.id}: ${collection.features.length} areas, from ${localDir ?? options.onsBase}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.push(`${source.id}: ${reason}`);
      log(`${source.id}: NOT built. ${reason}`);
    }
  }
  return { files, failures };
}

export async function writeBuiltFiles(root: string, files: BuiltFile[]): Promise<void> {
  for (const file of files) {
    const target = join(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}

/** The files whose committed copy is missing or differs from a fresh build, with the reason. */
export async function differingFiles(root: string, files: BuiltFile[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    if (!existsSync(target)) {
      problems.push(`${file.path}: not committed`);
      continue;
    }
    const committed = await readFile(target, 'utf8');
    if (committed !== file.contents) {
      problems.push(
        `${file.path}: differs from a rebuild (${committed.length} committed vs ${file.contents.length} rebuilt characters)`,
      );
    }
  }
  return problems;
}

const isCli =
  process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('build-boundaries.ts');
if (isCli) {
  const root = process.cwd();
  const check = process.argv.includes('--check');
  const { files, failures } = await buildGeography({
    root,
    boundariesDir: process.env.BOUNDARIES_DIR,
    onsBase: process.env.ONS_SERVICES_BASE ?? ONS_SERVICES_BASE,
    log: (line) => console.log(line),
  });
  if (failures.length > 0) {
    console.error(
      `Could not build: ${failures.join('; ')}. ${check ? 'Nothing was compared.' : 'The committed files were left as they are.'}`,
    );
    process.exit(1);
  }
  if (check) {
    const problems = await differingFiles(root, files);
    if (problems.length > 0) {
      console.error(
        `The committed geography is out of date:\n  ${problems.join('\n  ')}\nRun \`npm run boundaries\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`All ${files.length} committed geography files match a rebuild.`);
  } else {
    await writeBuiltFiles(root, files);
    for (const file of files) console.log(`wrote ${relative(root, join(root, file.path))}`);
  }
}

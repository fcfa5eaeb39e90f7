/**
 * npm run validate [-- <folder or workbook.xlsx>] [--strict]
 * Checks organisations.csv and pairings.csv (and evidence.csv, story.json, paper.json when present)
 * in <folder>, or the organisations and pairings sheets of a workbook, with the rules the browser applies to opened data, or with the full schema of the
 * built-in data (--strict, and always for data/ when no folder is given). Prints the problems
 * grouped, each with file, row, id, name and column; exits 0 when every row can be shown
 * (warnings allowed) and 1 when any row is left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  EVIDENCE_FILE,
  ORGANISATIONS_FILE,
  PAIRINGS_FILE,
  STORY_FILE,
} from '../src/data/data-files';
import { datasetIssues } from '../src/data/dataset-issues';
import { formatGroup, groupIssues } from '../src/data/group-issues';
import { readWorkbook } from '../src/data/read-workbook';
import { topologyToCollection } from '../src/data/topology-to-collection';
import { validateOwn } from '../src/data/validate-own';
import { PAPER_FILE, validatePaperJson } from '../src/data/validate-paper';
import { deriveAtlasFacts, type AreaIndexes } from '../src/domain/derive-facts';
import type { BoundaryLayerId } from '../src/domain/geo/boundaries';
import { indexAreas } from '../src/domain/geo/containing-area';
import { BOUNDARIES_OUTPUT_DIR, BOUNDARY_SOURCES } from './boundaries/config';

const args = process.argv.slice(2);
const given = args.find((arg) => !arg.startsWith('--'));
const strict = given === undefined || args.includes('--strict');
// A workbook is read as the browser reads it: its organisations and pairings sheets.
const workbookPath = given !== undefined && /\.xls[xm]$/i.test(given) ? resolve(given) : null;
const folder = workbookPath === null ? resolve(given ?? 'data') : dirname(workbookPath);
const workbook =
  workbookPath === null
    ? null
    : await readWorkbook(new Uint8Array(readFileSync(workbookPath)).buffer).catch(
        (error: unknown) => {
          console.error(
            `Error: ${workbookPath} could not be read as an Excel workbook (${error instanceof Error ? error.message : String(error)}).`,
          );
          process.exit(1);
        },
      );
const sheetName = (sheet: string) => `${basename(workbookPath ?? '')} (sheet "${sheet}")`;

function read(file: string): string {
  const path = join(folder, file);
  if (!existsSync(path)) {
    console.error(`Error: ${path} does not exist.`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
}

const optionalFile = (file: string) => {
  const path = join(folder, file);
  return workbook === null && existsSync(path) ? readFileSync(path, 'utf8') : null;
};
const organisationsText = workbook?.organisations.text ?? read(ORGANISATIONS_FILE);
const pairingsText =
  workbook === null
    ? strict
      ? read(PAIRINGS_FILE)
      : (optionalFile(PAIRINGS_FILE) ?? '')
    : (workbook.pairings?.text ?? '');
// One entry point for every file, as in the browser's worker: the rules differ, the checks do not.
const { dataset } = validateOwn({
  organisations: organisationsText,
  pairings: pairingsText,
  evidence: optionalFile(EVIDENCE_FILE),
  story: optionalFile(STORY_FILE),
  rules: strict ? 'strict' : 'opened',
  ...(workbook === null
    ? {}
    : {
        fileNames: {
          organisations: sheetName(workbook.organisations.sheet),
          pairings: sheetName(workbook.pairings?.sheet ?? 'pairings'),
        },
      }),
});

const indexes: AreaIndexes = {};
for (const source of BOUNDARY_SOURCES) {
  const path = join(BOUNDARIES_OUTPUT_DIR, source.output);
  if (existsSync(path)) {
    indexes[source.id as BoundaryLayerId] = indexAreas(
      topologyToCollection(JSON.parse(readFileSync(path, 'utf8')), path),
    );
  }
}
const facts = deriveAtlasFacts(dataset.organisations, dataset.pairings, indexes);
// The built-in data also carry paper.json, the evaluation's figures, checked here alone.
const paper = optionalFile(PAPER_FILE);
const issues = [
  ...datasetIssues(dataset, facts.organisations),
  ...(strict && paper !== null ? validatePaperJson(paper) : []),
];
for (const group of groupIssues(issues)) console.log(formatGroup(group));
const errors = issues.filter((issue) => issue.severity === 'error').length;
const { organisations, pairings } = dataset.counts;
console.log(
  `\n${workbookPath ?? folder} (${strict ? 'full schema' : 'opened-data rules'}): ` +
    `${organisations.valid} organisations shown (${organisations.invalid} left out), ` +
    `${pairings.valid} pairings shown (${pairings.invalid} left out); ` +
    `${errors} errors, ${issues.length - errors} warnings` +
    (Object.keys(indexes).length === 0 ? ' (boundaries not built: area checks skipped)' : ''),
);
process.exit(errors > 0 ? 1 : 0);

/**
 * npm run validate [-- <folder>]
 * Checks organisations.csv and pairings.csv (and evidence.csv, paper.json, story.json when present) in <folder> (default: data/) with the app's own schema,
 * prints every problem with file, row and column, and exits 1 when there is any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { areaIssues } from '../src/data/area-issues';
import {
  EVIDENCE_FILE,
  ORGANISATIONS_FILE,
  PAIRINGS_FILE,
  STORY_FILE,
} from '../src/data/data-files';
import { topologyToCollection } from '../src/data/topology-to-collection';
import { validateDataset } from '../src/data/validate-dataset';
import { validateEvidenceCsv } from '../src/data/validate-evidence';
import { PAPER_FILE, validatePaperJson } from '../src/data/validate-paper';
import { validateStoryJson } from '../src/data/validate-story';
import { formatIssue } from '../src/data/validation-issue';
import { deriveAtlasFacts, type AreaIndexes } from '../src/domain/derive-facts';
import type { BoundaryLayerId } from '../src/domain/geo/boundaries';
import { indexAreas } from '../src/domain/geo/containing-area';
import { BOUNDARIES_OUTPUT_DIR, BOUNDARY_SOURCES } from './boundaries/config';

const folder = resolve(process.argv[2] ?? 'data');

function read(file: string): string {
  const path = join(folder, file);
  if (!existsSync(path)) {
    console.error(`Error: ${path} does not exist.`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
}

const dataset = validateDataset(read(ORGANISATIONS_FILE), read(PAIRINGS_FILE));

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
const evidencePath = join(folder, EVIDENCE_FILE);
const evidenceIssues = existsSync(evidencePath)
  ? validateEvidenceCsv(readFileSync(evidencePath, 'utf8')).issues
  : [];
const paperPath = join(folder, PAPER_FILE);
const paperIssues = existsSync(paperPath) ? validatePaperJson(readFileSync(paperPath, 'utf8')) : [];
const storyPath = join(folder, STORY_FILE);
const storyIssues = existsSync(storyPath)
  ? validateStoryJson(readFileSync(storyPath, 'utf8')).issues
  : [];
const issues = [
  ...dataset.issues,
  ...areaIssues(facts.organisations, dataset.organisationRows),
  ...paperIssues,
  ...evidenceIssues,
  ...storyIssues,
];
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((issue) => issue.severity === 'error').length;
const { organisations, pairings } = dataset.counts;
console.log(
  `\n${folder}: ${organisations.valid} valid organisations (${organisations.invalid} invalid), ` +
    `${pairings.valid} valid pairings (${pairings.invalid} invalid); ` +
    `${errors} errors, ${issues.length - errors} warnings` +
    (Object.keys(indexes).length === 0 ? ' (boundaries not built: area checks skipped)' : ''),
);
process.exit(errors > 0 ? 1 : 0);

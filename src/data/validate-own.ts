import type { OwnFiles } from './own-data';
import {
  assembleDataset,
  validateOrganisationsCsv,
  validatePairingsCsv,
  type Dataset,
} from './validate-dataset';
import { validateEvidenceCsv } from './validate-evidence';
import {
  DEFAULT_FILE_NAMES,
  assembleOpenedDataset,
  readOpenedOrganisations,
} from './validate-opened';
import { validateStoryJson } from './validate-story';

/** Someone's own files, checked: the evidence and story are null when they brought none. */
export interface OwnChecked {
  /** Its issues include those of the evidence and story files, so Data checks lists them all. */
  dataset: Dataset;
  evidence: ReturnType<typeof validateEvidenceCsv> | null;
  story: ReturnType<typeof validateStoryJson> | null;
}

/** Which file is being checked, for the progress bar: step counts from 1. */
export interface CheckProgress {
  step: number;
  steps: number;
  file: string;
}

/**
 * Someone's own files, checked file by file with the opened-data rules: forgiving where a person
 * would expect it, strict only where the map needs it (DESIGN §5). The built-in data keep the
 * full schema.
 */
export function validateOwn(
  own: OwnFiles,
  onProgress: (progress: CheckProgress) => void = () => {},
): OwnChecked {
  const steps = 2 + (own.evidence === null ? 0 : 1) + (own.story === null ? 0 : 1);
  let step = 0;
  const next = (file: string) => {
    step += 1;
    onProgress({ step, steps, file });
  };
  const names = own.fileNames ?? DEFAULT_FILE_NAMES;
  let dataset: Dataset;
  if (own.rules === 'strict') {
    // validateDataset's steps one at a time, so the progress names the file being checked.
    next(names.organisations);
    const organisations = validateOrganisationsCsv(own.organisations);
    next(names.pairings);
    dataset = assembleDataset(organisations, validatePairingsCsv(own.pairings));
  } else {
    next(names.organisations);
    const organisations = readOpenedOrganisations(
      own.organisations,
      names.organisations,
      own.columns?.organisations,
      new Set(own.fixes ?? []),
    );
    next(names.pairings);
    dataset = assembleOpenedDataset(
      organisations,
      own.pairings,
      names.pairings,
      own.columns?.pairings,
    );
  }
  let evidence: OwnChecked['evidence'] = null;
  if (own.evidence !== null) {
    next('evidence.csv');
    evidence = validateEvidenceCsv(own.evidence);
  }
  let story: OwnChecked['story'] = null;
  if (own.story !== null) {
    next('story.json');
    story = validateStoryJson(own.story);
  }
  return {
    dataset: {
      ...dataset,
      issues: [...dataset.issues, ...(evidence?.issues ?? []), ...(story?.issues ?? [])],
    },
    evidence,
    story,
  };
}

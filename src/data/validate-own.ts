import type { OwnData } from './own-data';
import {
  assembleDataset,
  validateOrganisationsCsv,
  validatePairingsCsv,
  type Dataset,
} from './validate-dataset';

/** Someone's own files are checked with exactly the rules of the built-in data. */
export function validateOwn(own: Pick<OwnData, 'organisations' | 'pairings'>): Dataset {
  return assembleDataset(
    validateOrganisationsCsv(own.organisations),
    validatePairingsCsv(own.pairings),
  );
}

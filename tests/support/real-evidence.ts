import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateEvidenceCsv } from '../../src/data/validate-evidence';

export function realEvidence() {
  return validateEvidenceCsv(
    readFileSync(join(process.cwd(), 'data/evidence.csv'), 'utf8'),
  ).valid.map(({ value }) => value);
}

import { EVIDENCE_FILE } from './data-files';
import { EVIDENCE_COLUMNS, evidenceRowSchema } from './evidence-schema';
import { parseCsv } from './parse-csv';
import { validateRows } from './validate-rows';

export function validateEvidenceCsv(text: string) {
  return validateRows(parseCsv(EVIDENCE_FILE, text), {
    file: EVIDENCE_FILE,
    schema: evidenceRowSchema,
    columns: EVIDENCE_COLUMNS,
    requiredColumns: EVIDENCE_COLUMNS,
  });
}

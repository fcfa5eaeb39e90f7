import Papa from 'papaparse';
import type { ValidationIssue } from './validation-issue';

export type RawRow = Record<string, string>;

export interface ParsedCsv {
  headers: string[];
  /** Each data row with its spreadsheet-style row number (header = row 1). */
  rows: { row: number; values: RawRow }[];
  issues: ValidationIssue[];
}

/** Header row + 1-based numbering: data row index 0 is row 2, as a spreadsheet shows it. */
const FIRST_DATA_ROW = 2;

export function parseCsv(file: string, text: string): ParsedCsv {
  const result = Papa.parse<RawRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const issues: ValidationIssue[] = result.errors.map((error) => ({
    severity: 'error',
    file,
    row: error.row === undefined ? null : error.row + FIRST_DATA_ROW,
    column: null,
    value: null,
    message: `the CSV could not be read here: ${error.message}`,
  }));
  const badRows = new Set(issues.map((issue) => issue.row));
  const rows = result.data
    .map((values, index) => ({ row: index + FIRST_DATA_ROW, values }))
    .filter(({ row }) => !badRows.has(row));
  return { headers: result.meta.fields ?? [], rows, issues };
}

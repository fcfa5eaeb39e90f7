import Papa from 'papaparse';
import { normaliseHeader, type ColumnAliases } from './column-aliases';
import { looksLikeHtml } from './looks-like-html';
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

/**
 * Reads a CSV as people save it: comma, semicolon or tab delimited (detected), with or without a
 * UTF-8 byte-order mark, CRLF or LF line ends, quoted fields, and column names in any case.
 */
export function parseCsv(
  file: string,
  text: string,
  aliases: ColumnAliases = {},
  /** Headings a person matched to fields (the column step); they win over names and aliases. */
  chosen: Readonly<Record<string, string>> = {},
): ParsedCsv {
  const chosenFields = new Set(Object.values(chosen));
  const content = text.replace(/^\uFEFF/, '');
  if (looksLikeHtml(content)) {
    return {
      headers: [],
      rows: [],
      issues: [
        {
          severity: 'error',
          file,
          row: null,
          column: null,
          value: null,
          message:
            'is a web page (HTML), not a CSV file; if it came from a link, the link may need signing in, or the sheet needs exporting as CSV',
        },
      ],
    };
  }
  const result = Papa.parse<RawRow>(content, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    transformHeader: (header) => {
      const field = chosen[header];
      if (field !== undefined) return field;
      const name = normaliseHeader(header, aliases);
      // Another heading was chosen for this field: this one is kept apart, not merged into it.
      return chosenFields.has(name) ? `unchosen_${name}` : name;
    },
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

import type { FixKind } from './coordinate-fixes';

type IssueSeverity = 'error' | 'warning';

/** One problem found in a data file, precise enough for a person to find and fix the cell. */
export interface ValidationIssue {
  severity: IssueSeverity;
  file: string;
  /** Spreadsheet-style row number: the header is row 1, the first data row is row 2. */
  row: number | null;
  /** The row's id and name as written, so the row can be found in a large sheet. */
  rowId?: string | null;
  rowName?: string | null;
  column: string | null;
  value: string | null;
  message: string;
  /** The unambiguous correction that would mend it ("Fix these rows"). */
  fix?: FixKind;
}

/** "row 4 (f2, Westvale Follower Trust)": the row by number, id and name, as far as known. */
export function rowLabel(issue: Pick<ValidationIssue, 'row' | 'rowId' | 'rowName'>): string | null {
  if (issue.row === null) return null;
  const who = [issue.rowId, issue.rowName]
    .filter((part): part is string => part !== null && part !== undefined && part !== '')
    .filter((part, index, parts) => parts.indexOf(part) === index);
  return who.length === 0 ? `row ${issue.row}` : `row ${issue.row} (${who.join(', ')})`;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = [
    issue.file,
    rowLabel(issue),
    issue.column === null ? null : `column "${issue.column}"`,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  const value = issue.value === null ? '' : ` (value: "${issue.value}")`;
  return `${issue.severity === 'error' ? 'Error' : 'Warning'}: ${where}: ${issue.message}${value}`;
}

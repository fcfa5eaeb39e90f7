export type IssueSeverity = 'error' | 'warning';

/** One problem found in a data file, precise enough for a person to find and fix the cell. */
export interface ValidationIssue {
  severity: IssueSeverity;
  file: string;
  /** Spreadsheet-style row number: the header is row 1, the first data row is row 2. */
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = [
    issue.file,
    issue.row === null ? null : `row ${issue.row}`,
    issue.column === null ? null : `column "${issue.column}"`,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  const value = issue.value === null ? '' : ` (value: "${issue.value}")`;
  return `${issue.severity === 'error' ? 'Error' : 'Warning'}: ${where}: ${issue.message}${value}`;
}

import { toCsv } from '../domain/export-csv';
import { REPORT_COLUMNS, reportRows } from './group-issues';
import type { ValidationIssue } from './validation-issue';

/** Every problem found, one per line, for a spreadsheet (loaded only when asked for). */
export function issuesReportCsv(issues: readonly ValidationIssue[]): string {
  return toCsv(reportRows(issues), [...REPORT_COLUMNS]);
}

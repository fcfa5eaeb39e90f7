import { formatIssue, rowLabel, type ValidationIssue } from './validation-issue';

/** One kind of problem (same file, column and message) and every row that has it. */
export interface IssueGroup {
  key: string;
  severity: ValidationIssue['severity'];
  file: string;
  column: string | null;
  message: string;
  issues: ValidationIssue[];
}

/**
 * Groups repeated problems, so 3,000 rows with the same fault make one line with a count rather
 * than 3,000. Errors come before warnings; otherwise groups keep the order they were found in.
 */
export function groupIssues(issues: readonly ValidationIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = [issue.severity, issue.file, issue.column ?? '', issue.message].join('\u0000');
    const group = groups.get(key);
    if (group === undefined)
      groups.set(key, {
        key,
        severity: issue.severity,
        file: issue.file,
        column: issue.column,
        message: issue.message,
        issues: [issue],
      });
    else group.issues.push(issue);
  }
  const all = [...groups.values()];
  return [
    ...all.filter(({ severity }) => severity === 'error'),
    ...all.filter(({ severity }) => severity === 'warning'),
  ];
}

export const REPORT_COLUMNS = [
  'severity',
  'file',
  'row',
  'id',
  'name',
  'column',
  'value',
  'problem',
] as const;

/** The rows of the downloadable report: one per problem, every one, in the order found. */
export function reportRows(issues: readonly ValidationIssue[]): Record<string, string | number>[] {
  return issues.map((issue) => ({
    severity: issue.severity,
    file: issue.file,
    row: issue.row ?? '',
    id: issue.rowId ?? '',
    name: issue.rowName ?? '',
    column: issue.column ?? '',
    value: issue.value ?? '',
    problem: issue.message,
  }));
}

/**
 * A group in one line: the problem once, then how many rows and the first few by number, id and
 * name ("… — 3,000 rows: row 2 (o1, Org 1); row 3 (o2, Org 2); …"). A single problem reads as itself.
 */
export function formatGroup(group: IssueGroup, rowsNamed = 3): string {
  const [only] = group.issues;
  if (group.issues.length === 1 && only !== undefined) return formatIssue(only);
  const where = [group.file, group.column === null ? null : `column "${group.column}"`]
    .filter((part) => part !== null)
    .join(', ');
  const count = group.issues.length;
  const named = group.issues
    .slice(0, rowsNamed)
    .map((issue) => rowLabel(issue))
    .filter((label) => label !== null);
  const rows = named.length > 0 ? `: ${named.join('; ')}${count > named.length ? '; …' : ''}` : '';
  return `${group.severity === 'error' ? 'Error' : 'Warning'}: ${where}: ${group.message} — ${count.toLocaleString('en-GB')} rows${rows}`;
}

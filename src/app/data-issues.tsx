import { FIX_KINDS, FIX_LABELS, type FixKind } from '../data/coordinate-fixes';
import { formatGroup, groupIssues, type IssueGroup } from '../data/group-issues';
import { rowLabel, type ValidationIssue } from '../data/validation-issue';
import { formatCount } from '../domain/format';
import { downloadText } from '../lib/download-file';

/** Kinds of problem listed on screen; the report has them all. */
const MAX_GROUPS = 30;
/** Rows named in a group before "more"; the full list opens on request, up to ROWS_LISTED. */
const ROWS_NAMED = 3;
const ROWS_LISTED = 100;

export function issuesHeadline(issues: ValidationIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return `Data checks: ${formatCount(errors)} ${errors === 1 ? 'error' : 'errors'} (rows left out), ${formatCount(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}`;
}

function GroupItem({ group }: { group: IssueGroup }) {
  const count = group.issues.length;
  return (
    <li className={`issue-${group.severity}`}>
      {formatGroup(group, ROWS_NAMED)}
      {count > ROWS_NAMED && (
        <details className="issue-rows">
          <summary>
            Show {count > ROWS_LISTED ? `the first ${ROWS_LISTED}` : `all ${count}`} rows
          </summary>
          <ul>
            {group.issues.slice(0, ROWS_LISTED).map((issue, index) => (
              <li key={index}>
                {rowLabel(issue) ?? 'whole file'}
                {issue.value === null ? '' : `: "${issue.value}"`}
              </li>
            ))}
          </ul>
          {count > ROWS_LISTED && (
            <p className="muted">{formatCount(count - ROWS_LISTED)} more in the report.</p>
          )}
        </details>
      )}
    </li>
  );
}

/**
 * Every data problem, grouped so a report of any size stays about one screen long, and the
 * whole list can be downloaded. Errors are open by default, warnings on request.
 */
export function DataIssues({
  issues,
  onFix,
}: {
  issues: ValidationIssue[];
  /** Offered for opened data: reopen them with this correction applied. */
  onFix?: (fix: FixKind) => void;
}) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (issues.length === 0) return <p className="muted">Data checks: no problems found.</p>;
  const headline = issuesHeadline(issues);
  const groups = groupIssues(issues);
  const fixable = FIX_KINDS.map((fix) => ({
    fix,
    rows: new Set(
      issues.filter((issue) => issue.fix === fix).map((issue) => `${issue.file}:${issue.row}`),
    ).size,
  })).filter(({ rows }) => rows > 0);
  return (
    <details
      className={`data-issues ${errors.length > 0 ? 'has-errors' : ''}`}
      open={errors.length > 0}
    >
      <summary>{headline}</summary>
      {/* A summary may not carry a role, so errors are announced from here. */}
      {errors.length > 0 && (
        <p role="alert" className="visually-hidden">
          {headline}
        </p>
      )}
      {onFix !== undefined && fixable.length > 0 && (
        <div className="issue-fixes">
          {fixable.map(({ fix, rows }) => (
            <button key={fix} type="button" onClick={() => onFix(fix)}>
              Fix {rows === 1 ? 'this row' : `these ${formatCount(rows)} rows`}: {FIX_LABELS[fix]}
            </button>
          ))}
          <p className="muted hint">
            Each change is listed below as fixed, with the value as written, and in the report.
          </p>
        </div>
      )}
      <button
        type="button"
        onClick={() =>
          void import('../data/issues-report-csv').then(({ issuesReportCsv }) =>
            downloadText('data-checks-report.csv', issuesReportCsv(issues)),
          )
        }
      >
        Download the report (CSV)
      </button>
      <ul>
        {groups.slice(0, MAX_GROUPS).map((group) => (
          <GroupItem key={group.key} group={group} />
        ))}
      </ul>
      {groups.length > MAX_GROUPS && (
        <p className="muted">
          {formatCount(groups.length - MAX_GROUPS)} more kinds of problem are in the report.
        </p>
      )}
    </details>
  );
}

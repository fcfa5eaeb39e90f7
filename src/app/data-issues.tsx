import { formatIssue, type ValidationIssue } from '../data/validation-issue';

export function issuesHeadline(issues: ValidationIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return `Data checks: ${errors} ${errors === 1 ? 'error' : 'errors'} (rows left out), ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}

/** Every data problem, listed, never swallowed: errors open by default, warnings on request. */
export function DataIssues({ issues }: { issues: ValidationIssue[] }) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (issues.length === 0) return <p className="muted">Data checks: no problems found.</p>;
  const headline = issuesHeadline(issues);
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
      <ul>
        {issues.map((issue, index) => (
          <li key={index} className={`issue-${issue.severity}`}>
            {formatIssue(issue)}
          </li>
        ))}
      </ul>
    </details>
  );
}

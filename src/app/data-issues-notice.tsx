import type { ValidationIssue } from '../data/validation-issue';
import { issuesHeadline } from './data-issues';

/** Rows left out are news: said above the map, with the way to the full list in the Data drawer. */
export function DataIssuesNotice({
  issues,
  onShow,
}: {
  issues: ValidationIssue[];
  onShow: () => void;
}) {
  if (!issues.some((issue) => issue.severity === 'error')) return null;
  return (
    <div role="alert" className="notice notice-error">
      {issuesHeadline(issues)}.{' '}
      <button type="button" onClick={onShow}>
        Show the data checks
      </button>
    </div>
  );
}

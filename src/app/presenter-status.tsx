import type { ValidationIssue } from '../data/validation-issue';
import { formatIssue } from '../data/validation-issue';

/** Presenter mode before the story (or the data) is ready, or when the story file is broken. */
export function PresenterStatus({
  error,
  issues,
  onRetry,
  onLeave,
}: {
  error: string | null;
  issues: ValidationIssue[];
  onRetry: () => void;
  onLeave: () => void;
}) {
  const failed = error !== null || issues.length > 0;
  return (
    <main className="presenter presenter-status">
      <h1>Presentation</h1>
      {!failed && <p role="status">Loading the presentation…</p>}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          The story could not be loaded: {error}{' '}
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </p>
      )}
      {issues.length > 0 && (
        <div role="alert" className="notice notice-error">
          <p>The story file has problems, so the presentation cannot start:</p>
          <ul>
            {issues.map((issue) => (
              <li key={formatIssue(issue)}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" onClick={onLeave}>
        Leave presentation
      </button>
    </main>
  );
}

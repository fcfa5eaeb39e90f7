import type { UrlProblem } from '../domain/view/url-codec';

/** Link settings that were not understood: said once, plainly, and dismissible. */
export function UrlNotice({
  problems,
  onDismiss,
}: {
  problems: UrlProblem[];
  onDismiss: () => void;
}) {
  if (problems.length === 0) return null;
  return (
    <div role="status" className="notice notice-warning">
      <p>
        <strong>
          Some settings in this link were not understood, so the defaults are used for them:
        </strong>
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.param}=${problem.value}`}>
            <code>
              {problem.param}={problem.value}
            </code>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

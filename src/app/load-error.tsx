export function LoadError({
  errors,
  onRetry,
  retrying,
}: {
  errors: string[];
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <strong>The programme data could not be loaded.</strong>
      </p>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

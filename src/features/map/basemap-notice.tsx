import type { BasemapStatus } from './use-basemap';

/** Says when the detailed basemap is loading or has fallen back to the built-in one, and why. */
export function BasemapNotice({ status, onRetry }: { status: BasemapStatus; onRetry: () => void }) {
  if (status.kind === 'loading')
    return (
      <p role="status" className="basemap-notice">
        Loading the detailed basemap…
      </p>
    );
  if (status.kind !== 'failed') return null;
  return (
    <p role="status" className="basemap-notice">
      The detailed basemap could not load ({status.reason}), so the built-in map is shown.{' '}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}

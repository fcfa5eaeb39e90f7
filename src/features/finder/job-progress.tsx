import type { Job } from '../../domain/finder/finder-model';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** While a part of the programme view is worked out (in a worker at national scale): how far. */
export function JobProgress({ job, what }: { job: Job<unknown>; what: string }) {
  if (job.status === 'working') {
    const share = job.total === 0 ? 0 : job.done / job.total;
    return (
      <p role="status" className="finder-progress">
        Working out {what}… {percent.format(share)}
        <progress value={share} max={1} aria-label={`Working out ${what}`} />
      </p>
    );
  }
  if (job.status === 'failed')
    return (
      <p role="alert" className="notice notice-warning">
        Could not work out {what}: {job.message}. The candidates for one organisation still work.
      </p>
    );
  return null;
}

import { useId, useState } from 'react';
import { formatScore } from '../../domain/finder/finder-lines';
import type { Job, SuggestedPlan } from '../../domain/finder/finder-model';
import type { PlanSummary } from '../../domain/finder/programme-matrix';
import { formatKm } from '../../domain/format';
import { JobProgress } from './job-progress';

const ROWS: { label: string; value: (summary: PlanSummary) => string }[] = [
  { label: 'Total score', value: ({ total }) => formatScore(total) },
  {
    label: 'Median distance',
    value: ({ medianKm }) => (medianKm === null ? 'none' : formatKm(medianKm)),
  },
  { label: 'Same platform', value: ({ samePlatform, pairs }) => `${samePlatform} of ${pairs}` },
  { label: 'Same ICS', value: ({ sameIcs, pairs }) => `${sameIcs} of ${pairs}` },
];

/**
 * "Suggest a plan": the capacity, the button, and once solved the plan beside the real
 * pairings. The plan itself is drawn on the map and downloads as CSV.
 */
export function PlanSection({
  plan,
  real,
  capacity,
  defaultCapacity,
  onSuggest,
  onClear,
  onDownload,
}: {
  plan: Job<SuggestedPlan>;
  /** The real pairings summarised, once ranked. */
  real: PlanSummary | null;
  capacity: number | null;
  defaultCapacity: number;
  onSuggest: (capacity: number) => void;
  onClear: () => void;
  onDownload: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(String(capacity ?? defaultCapacity));
  const value = Number(draft);
  const valid = Number.isInteger(value) && value >= 1 && value <= 99;
  return (
    <>
      <p>
        Assigns each follower of a real pairing to one exemplar so that the total score is as high
        as it can be, with at most this many followers per exemplar (the busiest real exemplar took{' '}
        {defaultCapacity}).
      </p>
      <form
        className="finder-plan-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onSuggest(value);
        }}
      >
        <label htmlFor={`${id}-capacity`}>Most followers per exemplar</label>
        <input
          id={`${id}-capacity`}
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          value={draft}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : `${id}-error`}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={!valid}>
          Suggest a plan
        </button>
        {!valid && (
          <p id={`${id}-error`} className="field-error">
            Enter a whole number from 1 to 99.
          </p>
        )}
      </form>
      <JobProgress job={plan} what="the plan" />
      {plan.status === 'ready' && (
        <>
          <p role="status" className="finder-headline">
            The plan places {plan.value.plan.pairs} followers with at most {plan.value.capacity} per
            exemplar, drawn on the map as solid magenta lines.
          </p>
          <table className="data-table">
            <caption>Suggested plan against the real pairings</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">Real pairings</th>
                <th scope="col">Suggested plan</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(({ label, value: show }) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="number">{real === null ? '…' : show(real)}</td>
                  <td className="number">{show(plan.value.plan)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="finder-actions">
            <button type="button" onClick={onDownload}>
              Download the plan (CSV)
            </button>
            <button type="button" onClick={onClear}>
              Clear the plan
            </button>
          </div>
        </>
      )}
    </>
  );
}

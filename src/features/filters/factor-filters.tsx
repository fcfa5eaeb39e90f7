import { FACTORS, FACTOR_LABELS, type Factor } from '../../domain/factors';
import type { FactorRequirement, Filters } from '../../domain/filters';

export function FactorFilters({
  factors,
  onChange,
}: {
  factors: Filters['factors'];
  onChange: (next: Filters['factors']) => void;
}) {
  const set = (factor: Factor, value: string) => {
    const others = Object.fromEntries(Object.entries(factors).filter(([key]) => key !== factor));
    onChange(
      value === 'yes' || value === 'no'
        ? { ...others, [factor]: value as FactorRequirement }
        : others,
    );
  };
  return (
    <fieldset className="filter-group">
      <legend>Alignment factors</legend>
      {FACTORS.map((factor) => (
        <label key={factor} className="select-label factor-filter">
          {FACTOR_LABELS[factor]}
          <select
            value={factors[factor] ?? 'any'}
            onChange={(event) => set(factor, event.target.value)}
          >
            <option value="any">Any</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </label>
      ))}
    </fieldset>
  );
}

import { countActiveFilters, type Filters } from '../../domain/filters';
import { formatCount } from '../../domain/format';
import { useViewDispatch } from '../../state/view-state-context';

export function FilterSummary({
  filters,
  shown,
  total,
}: {
  filters: Filters;
  shown: { pairings: number; organisations: number };
  total: { pairings: number; organisations: number };
}) {
  const dispatch = useViewDispatch();
  const active = countActiveFilters(filters);
  return (
    <div className="filter-summary">
      <p role="status" aria-live="polite" className="counts">
        {formatCount(shown.pairings)} of {formatCount(total.pairings)} pairings ·{' '}
        {formatCount(shown.organisations)} of {formatCount(total.organisations)} organisations
      </p>
      <button
        type="button"
        onClick={() => dispatch({ type: 'clear-filters' })}
        disabled={active === 0}
      >
        Clear all filters
      </button>
    </div>
  );
}

import { countActiveFilters, type Filters } from '../../domain/filters';
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
        {shown.pairings} of {total.pairings} pairings · {shown.organisations} of{' '}
        {total.organisations} organisations
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

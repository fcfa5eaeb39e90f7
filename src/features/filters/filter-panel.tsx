import { countActiveFilters, type Filters } from '../../domain/filters';
import { SECTOR_LABELS, STATUS_LABELS } from '../../domain/format';
import { PAIRING_STATUSES, ROLES, type Sector } from '../../domain/model';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { CheckboxGroup } from './checkbox-group';
import { DistanceFilter } from './distance-filter';
import { FactorFilters } from './factor-filters';

const ROLE_LABELS = { GDE: 'Exemplar (GDE)', FF: 'Fast follower (FF)' } as const;

export function FilterPanel({ regions, sectors }: { regions: string[]; sectors: Sector[] }) {
  const { filters } = useViewState();
  const dispatch = useViewDispatch();
  const update = (change: Partial<Filters>) =>
    dispatch({ type: 'set-filters', filters: { ...filters, ...change } });
  const active = countActiveFilters(filters);

  return (
    <details className="filter-panel">
      <summary>Filters{active > 0 ? ` (${active} active)` : ''}</summary>
      <div className="filter-grid">
        <CheckboxGroup
          legend="Sector"
          options={sectors.map((value) => ({ value, label: SECTOR_LABELS[value] }))}
          selected={filters.sectors}
          onChange={(sectors) => update({ sectors })}
        />
        <CheckboxGroup
          legend="Role (sites)"
          options={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
          selected={filters.roles}
          onChange={(roles) => update({ roles })}
        />
        <CheckboxGroup
          legend="Pairing status"
          options={PAIRING_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
          selected={filters.statuses}
          onChange={(statuses) => update({ statuses })}
        />
        <CheckboxGroup
          legend="NHS region (2022)"
          options={regions.map((value) => ({ value, label: value }))}
          selected={filters.regions}
          onChange={(next) => update({ regions: next })}
        />
        <FactorFilters factors={filters.factors} onChange={(factors) => update({ factors })} />
        <DistanceFilter minKm={filters.minKm} maxKm={filters.maxKm} onChange={update} />
      </div>
      <p className="muted hint">
        Vendors: press the swatches in the legend to filter by core EPR vendor.
      </p>
    </details>
  );
}

import type { OrganisationFacts } from '../../domain/derive-facts';
import { SECTOR_LABELS, shortAreaName, shortName } from '../../domain/format';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { SortableHeader } from './sortable-header';
import { useScrollSelected } from './use-scroll-selected';
import { useSort, type Column } from './use-sort';

const COLUMNS: Column<OrganisationFacts>[] = [
  { key: 'name', header: 'Organisation', value: (row) => shortName(row.organisation.name) },
  { key: 'role', header: 'Role', value: (row) => row.organisation.role },
  { key: 'sector', header: 'Sector', value: (row) => SECTOR_LABELS[row.organisation.sector] },
  { key: 'vendor', header: 'Core vendor', value: (row) => row.organisation.coreVendor },
  { key: 'icb', header: 'ICB (2022)', value: (row) => icbLabel(row) },
];

function icbLabel({ areas }: OrganisationFacts): string {
  if (areas.icb === undefined) return 'not loaded';
  return areas.icb === null ? 'outside boundaries' : shortAreaName(areas.icb.name);
}

export function OrganisationsTable({ organisations }: { organisations: OrganisationFacts[] }) {
  const { sorted, sort, toggle } = useSort(organisations, COLUMNS, 'name');
  const { selection } = useViewState();
  const dispatch = useViewDispatch();
  const selectedId = selection?.kind === 'organisation' ? selection.id : null;
  const selectedRow = useScrollSelected(selectedId);

  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Organisations table (scrolls)"
    >
      <table className="data-table">
        <caption>Organisations</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                label={column.header}
                direction={sort.key === column.key ? sort.direction : null}
                onSort={() => toggle(column.key)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const { organisation } = row;
            const selected = organisation.id === selectedId;
            return (
              <tr
                key={organisation.id}
                className={selected ? 'selected' : undefined}
                ref={selected ? selectedRow : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="row-select"
                    aria-pressed={selected}
                    aria-label={organisation.name}
                    onClick={() =>
                      dispatch({
                        type: 'select',
                        selection: selected ? null : { kind: 'organisation', id: organisation.id },
                      })
                    }
                  >
                    {shortName(organisation.name)}
                  </button>
                </th>
                <td>{organisation.role}</td>
                <td>{SECTOR_LABELS[organisation.sector]}</td>
                <td>{organisation.coreVendor}</td>
                <td>{icbLabel(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { OrganisationFacts } from '../../domain/derive-facts';
import { SECTOR_LABELS, shortAreaName, shortName } from '../../domain/format';
import { MoreRows } from './more-rows';
import { SelectableRow } from './selectable-row';
import { SortableTable } from './sortable-table';
import type { Column } from './use-sort';
import { useTableRows } from './use-table-rows';

const COLUMNS: Column<OrganisationFacts>[] = [
  { key: 'name', header: 'Organisation', value: (row) => shortName(row.organisation.name) },
  { key: 'role', header: 'Role', value: (row) => row.organisation.role },
  { key: 'sector', header: 'Sector', value: (row) => SECTOR_LABELS[row.organisation.sector] },
  { key: 'vendor', header: 'Core vendor', value: (row) => row.organisation.coreVendor },
  { key: 'icb', header: 'ICB (2022)', value: (row) => icbLabel(row) },
];

function icbLabel({ areas }: OrganisationFacts): string {
  if (areas.icb === undefined) return 'not loaded';
  return areas.icb === null ? 'not applicable (outside England)' : shortAreaName(areas.icb.name);
}

export function OrganisationsTable({
  organisations,
  all = organisations,
}: {
  organisations: OrganisationFacts[];
  /** Every row before filtering, so a filter need not sort again. */
  all?: OrganisationFacts[];
}) {
  const { sort, toggle, stale, selectedId, selectedRow, toggleRow, visible, hidden, showMore } =
    useTableRows({
      rows: organisations,
      all,
      columns: COLUMNS,
      initialKey: 'name',
      kind: 'organisation',
      idOf: (row) => row.organisation.id,
    });

  return (
    <SortableTable
      caption="Organisations"
      columns={COLUMNS}
      sort={sort}
      onSort={toggle}
      stale={stale}
      footer={<MoreRows hidden={hidden} onShowMore={showMore} />}
    >
      {visible.map((row) => {
        const { organisation } = row;
        const selected = organisation.id === selectedId;
        return (
          <SelectableRow
            key={organisation.id}
            selected={selected}
            rowRef={selected ? selectedRow : undefined}
            label={shortName(organisation.name)}
            accessibleName={organisation.name}
            onToggle={() => toggleRow(organisation.id)}
          >
            <td>{organisation.role}</td>
            <td>{SECTOR_LABELS[organisation.sector]}</td>
            <td>{organisation.coreVendor}</td>
            <td>{icbLabel(row)}</td>
          </SelectableRow>
        );
      })}
    </SortableTable>
  );
}

import type { PairingFacts } from '../../domain/derive-facts';
import { STATUS_LABELS, formatKm, shortName } from '../../domain/format';
import { MoreRows } from './more-rows';
import { SelectableRow } from './selectable-row';
import { SortableTable } from './sortable-table';
import type { Column } from './use-sort';
import { useTableRows } from './use-table-rows';

const COLUMNS: Column<PairingFacts>[] = [
  { key: 'gde', header: 'Exemplar (GDE)', value: (row) => shortName(row.gde.organisation.name) },
  { key: 'ff', header: 'Fast follower', value: (row) => shortName(row.ff.organisation.name) },
  { key: 'status', header: 'Status', value: (row) => STATUS_LABELS[row.pairing.status] },
  { key: 'km', header: 'Distance (km)', value: (row) => row.distanceKm },
  { key: 'factors', header: 'Factors (of 5)', value: (row) => row.aligned.length },
];

const kmNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function PairingsTable({
  pairings,
  all = pairings,
}: {
  pairings: PairingFacts[];
  /** Every row before filtering, so a filter need not sort again. */
  all?: PairingFacts[];
}) {
  const { sort, toggle, stale, selectedId, selectedRow, toggleRow, visible, hidden, showMore } =
    useTableRows({
      rows: pairings,
      all,
      columns: COLUMNS,
      initialKey: 'gde',
      kind: 'pairing',
      idOf: (row) => row.pairing.id,
    });

  return (
    <SortableTable
      caption="Pairings"
      columns={COLUMNS}
      sort={sort}
      onSort={toggle}
      stale={stale}
      footer={<MoreRows hidden={hidden} onShowMore={showMore} />}
    >
      {visible.map((row) => {
        const selected = row.pairing.id === selectedId;
        return (
          <SelectableRow
            key={row.pairing.id}
            selected={selected}
            rowRef={selected ? selectedRow : undefined}
            label={shortName(row.gde.organisation.name)}
            accessibleName={`${row.gde.organisation.name} and ${row.ff.organisation.name}`}
            onToggle={() => toggleRow(row.pairing.id)}
          >
            <td>{shortName(row.ff.organisation.name)}</td>
            <td>{STATUS_LABELS[row.pairing.status]}</td>
            <td className="number" title={formatKm(row.distanceKm)}>
              {kmNumber.format(row.distanceKm)}
            </td>
            <td className="number">{row.aligned.length}</td>
          </SelectableRow>
        );
      })}
    </SortableTable>
  );
}

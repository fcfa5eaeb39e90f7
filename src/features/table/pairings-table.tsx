import type { PairingFacts } from '../../domain/derive-facts';
import { STATUS_LABELS, formatKm, shortName } from '../../domain/format';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { SortableHeader } from './sortable-header';
import { useScrollSelected } from './use-scroll-selected';
import { useSort, type Column } from './use-sort';

const COLUMNS: Column<PairingFacts>[] = [
  { key: 'gde', header: 'Exemplar (GDE)', value: (row) => shortName(row.gde.organisation.name) },
  { key: 'ff', header: 'Fast follower', value: (row) => shortName(row.ff.organisation.name) },
  { key: 'status', header: 'Status', value: (row) => STATUS_LABELS[row.pairing.status] },
  { key: 'km', header: 'Distance (km)', value: (row) => row.distanceKm },
  { key: 'factors', header: 'Factors (of 5)', value: (row) => row.aligned.length },
];

const kmNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function PairingsTable({ pairings }: { pairings: PairingFacts[] }) {
  const { sorted, sort, toggle } = useSort(pairings, COLUMNS, 'gde');
  const { selection } = useViewState();
  const dispatch = useViewDispatch();
  const selectedId = selection?.kind === 'pairing' ? selection.id : null;
  const selectedRow = useScrollSelected(selectedId);

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Pairings table (scrolls)">
      <table className="data-table">
        <caption>Pairings</caption>
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
            const selected = row.pairing.id === selectedId;
            return (
              <tr
                key={row.pairing.id}
                className={selected ? 'selected' : undefined}
                ref={selected ? selectedRow : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="row-select"
                    aria-pressed={selected}
                    aria-label={`${row.gde.organisation.name} and ${row.ff.organisation.name}`}
                    onClick={() =>
                      dispatch({
                        type: 'select',
                        selection: selected ? null : { kind: 'pairing', id: row.pairing.id },
                      })
                    }
                  >
                    {shortName(row.gde.organisation.name)}
                  </button>
                </th>
                <td>{shortName(row.ff.organisation.name)}</td>
                <td>{STATUS_LABELS[row.pairing.status]}</td>
                <td className="number" title={formatKm(row.distanceKm)}>
                  {kmNumber.format(row.distanceKm)}
                </td>
                <td className="number">{row.aligned.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

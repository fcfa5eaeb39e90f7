import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { STATUS_LABELS } from '../../domain/format';
import type { PairingStatus } from '../../domain/model';
import {
  AXIS_TICK,
  STATUS_COLOURS,
  TOOLTIP_ITEM_STYLE,
  legendText,
  axisTitle,
} from './chart-colours';
import { ChartFrame } from './chart-frame';
import { STATUS_ORDER, type AlignedRow } from './data/aligned-by-status';

const totalOf = (row: AlignedRow) => STATUS_ORDER.reduce((sum, status) => sum + row[status], 0);

export function AlignedChart({
  rows,
  onPick,
  onHover,
}: {
  rows: AlignedRow[];
  onPick: (status: PairingStatus) => void;
  onHover: (target: { aligned: number; status: PairingStatus } | null) => void;
}) {
  const total = rows.reduce((sum, row) => sum + totalOf(row), 0);
  const threeOrMore = rows
    .filter((row) => row.aligned >= 3)
    .reduce((sum, row) => sum + totalOf(row), 0);
  return (
    <ChartFrame
      title={
        total === 0
          ? 'No pairings match the filters'
          : `${threeOrMore} of ${total} pairings line up on 3 or more of the 5 factors`
      }
      description={`Stacked columns: pairings by number of aligned factors, from 0 to 5, split by status. ${rows
        .map((row) => `${row.aligned} factors: ${totalOf(row)} pairings.`)
        .join(' ')}`}
      data={
        <table className="data-table">
          <caption>Pairings by number of aligned factors and status</caption>
          <thead>
            <tr>
              <th scope="col">Aligned factors</th>
              {STATUS_ORDER.map((status) => (
                <th scope="col" key={status}>
                  {STATUS_LABELS[status]}
                </th>
              ))}
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.aligned}>
                <th scope="row">{row.aligned}</th>
                {STATUS_ORDER.map((status) => (
                  <td className="number" key={status}>
                    {row[status]}
                  </td>
                ))}
                <td className="number">{totalOf(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => (
        <BarChart
          width={width}
          height={240}
          data={rows}
          margin={{ left: 0, right: 16, bottom: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="aligned" tick={AXIS_TICK} label={axisTitle('Aligned factors (of 5)')} />
          <YAxis
            allowDecimals={false}
            tick={AXIS_TICK}
            label={{ value: 'Pairings', angle: -90, position: 'insideLeft', fill: '#1b1f24' }}
          />
          <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
          <Legend verticalAlign="top" formatter={legendText} />
          {STATUS_ORDER.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={STATUS_LABELS[status]}
              stackId="status"
              fill={STATUS_COLOURS[status]}
              cursor="pointer"
              onClick={() => onPick(status)}
              onMouseEnter={(item: { payload?: AlignedRow }) =>
                item.payload && onHover({ aligned: item.payload.aligned, status })
              }
              onMouseLeave={() => onHover(null)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}

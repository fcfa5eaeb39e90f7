import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Factor } from '../../domain/factors';
import { ANSWER_COLOURS, AXIS_TICK, legendText, axisTitle } from './chart-colours';
import { ChartFrame } from './chart-frame';
import type { FactorCount } from './data/factor-counts';

function title(rows: FactorCount[]): string {
  const top = [...rows].sort((a, b) => b.yes - a.yes)[0];
  if (top === undefined || top.total === 0) return 'No pairings match the filters';
  return `${top.label} is the most common aligned factor: ${top.yes} of ${top.total} pairings`;
}

export function FactorChart({
  rows,
  onPick,
  onHover,
}: {
  rows: FactorCount[];
  onPick: (factor: Factor) => void;
  onHover: (factor: Factor | null) => void;
}) {
  const total = rows[0]?.total ?? 0;
  return (
    <ChartFrame
      title={title(rows)}
      description={`Horizontal bars, one per alignment factor, split into yes, no and unknown for the ${total} pairings shown. ${rows
        .map((row) => `${row.label}: ${row.yes} yes, ${row.no} no, ${row.unknown} unknown.`)
        .join(' ')}`}
      note={
        <p>
          The paper reports 17 of its 23 pairings on the same core system, 14 in the same STP and/or
          ICS, and 6 organisations in mergers. This dataset differs because many facts are still
          unknown, six mental-health pairings were only proposed, one pairing was dropped, and the
          paper studied 23 pairings, not every one.
        </p>
      }
      data={
        <table className="data-table">
          <caption>Alignment factors: pairings by answer</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Yes</th>
              <th scope="col">No</th>
              <th scope="col">Unknown</th>
              <th scope="col">Paper</th>
              <th scope="col">Filter</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.factor}>
                <th scope="row">{row.label}</th>
                <td className="number">{row.yes}</td>
                <td className="number">{row.no}</td>
                <td className="number">{row.unknown}</td>
                <td>
                  {row.paper === null
                    ? '–'
                    : `${row.paper.value} of ${row.paper.of} ${row.paper.unit}`}
                </td>
                <td>
                  <button type="button" onClick={() => onPick(row.factor)}>
                    Show pairings with {row.label.toLowerCase()}
                  </button>
                </td>
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
          layout="vertical"
          margin={{ left: 8, right: 16, bottom: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={AXIS_TICK}
            label={axisTitle('Pairings')}
          />
          <YAxis type="category" dataKey="label" width={170} tick={AXIS_TICK} />
          <Tooltip />
          <Legend verticalAlign="top" formatter={legendText} />
          {(['yes', 'no', 'unknown'] as const).map((answer) => (
            <Bar
              key={answer}
              dataKey={answer}
              name={answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : 'Unknown'}
              stackId="answers"
              fill={ANSWER_COLOURS[answer]}
              cursor={answer === 'yes' ? 'pointer' : undefined}
              onClick={
                answer === 'yes'
                  ? (item: { payload?: FactorCount }) => item.payload && onPick(item.payload.factor)
                  : undefined
              }
              isAnimationActive={false}
              onMouseEnter={(item: { payload?: FactorCount }) =>
                item.payload && onHover(item.payload.factor)
              }
              onMouseLeave={() => onHover(null)}
            />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}

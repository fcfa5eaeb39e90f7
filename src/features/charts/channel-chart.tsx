import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK } from './chart-colours';
import { ChartFrame } from './chart-frame';
import type { ChannelCount } from './data/evidence-counts';

export function ChannelChart({ rows }: { rows: ChannelCount[] }) {
  const named = rows.filter((row) => row.channel !== 'unspecified' && row.channel !== 'none');
  const top = named[0];
  return (
    <ChartFrame
      title={
        top === undefined
          ? 'No channel is named in the evidence'
          : `Direct contact carried the knowledge: ${named.length} channels named, led by ${top.label.toLowerCase()}`
      }
      description={`Horizontal bars: how many of the paper's evidence items name each channel (an item naming two counts for both). ${rows
        .map((row) => `${row.label}: ${row.items}.`)
        .join(' ')}`}
      note={
        <p>
          The paper also names site visits, committees and Learning Networks as channels without
          tying them to a quoted excerpt, and found little evidence that Blueprints mattered between
          partners.
        </p>
      }
      data={
        <table className="data-table">
          <caption>Evidence items by channel</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Evidence items</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{row.label}</th>
                <td className="number">{row.items}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => (
        <BarChart
          width={width}
          height={Math.max(160, rows.length * 26 + 60)}
          data={rows}
          layout="vertical"
          margin={{ left: 8, right: 16, bottom: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={AXIS_TICK}
            label={{
              value: 'Evidence items',
              position: 'insideBottom',
              offset: -10,
              fill: '#1b1f24',
            }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={Math.min(250, width * 0.5)}
            tick={AXIS_TICK}
            interval={0}
          />
          <Tooltip />
          <Bar dataKey="items" name="Evidence items" fill="#44aa99" isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFrame>
  );
}

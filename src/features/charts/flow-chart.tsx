import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK } from './chart-colours';
import { ChartFrame } from './chart-frame';
import type { FlowCount } from './data/evidence-counts';

export function FlowChart({ rows }: { rows: FlowCount[] }) {
  const directional = rows.filter((row) => row.flow !== 'neutral');
  const towardsExemplar = rows
    .filter((row) => row.flow === 'ff_to_gde' || row.flow === 'two_way')
    .reduce((sum, row) => sum + row.items, 0);
  const total = directional.reduce((sum, row) => sum + row.items, 0);
  return (
    <ChartFrame
      title={`Knowledge did not only flow downhill: ${towardsExemplar} of ${total} excerpts about direction show the exemplar learning too`}
      description={`Left, the programme's intended flow: exemplar to follower, then to the wider NHS through Blueprints and Learning Networks. Right, the paper's quoted evidence items by the direction they describe. ${rows
        .map((row) => `${row.label}: ${row.items}.`)
        .join(' ')}`}
      note={
        <p>
          These are the paper&rsquo;s illustrative excerpts, not a count of pairings: the authors
          say transfer was two-way in almost all pairings but do not publish the direction for each
          one, so the map has none. The evidence is anonymised and does not follow the map filters.
        </p>
      }
      data={
        <table className="data-table">
          <caption>Evidence items by observed direction of knowledge flow</caption>
          <thead>
            <tr>
              <th scope="col">Direction</th>
              <th scope="col">Evidence items</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.flow}>
                <th scope="row">{row.label}</th>
                <td className="number">{row.items}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => (
        <div className="flow-layout">
          <ol className="intended-flow" aria-label="Intended flow in the programme design">
            <li>Exemplar (GDE)</li>
            <li>Fast follower (FF)</li>
            <li>Wider NHS, through Blueprints and Learning Networks</li>
          </ol>
          <BarChart
            width={Math.max(240, width - 190)}
            height={220}
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
            <YAxis type="category" dataKey="label" width={150} tick={AXIS_TICK} />
            <Tooltip />
            <Bar dataKey="items" name="Evidence items" fill="#1f3a5f" isAnimationActive={false} />
          </BarChart>
        </div>
      )}
    </ChartFrame>
  );
}

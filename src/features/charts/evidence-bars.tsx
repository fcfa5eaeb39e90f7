import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, TOOLTIP_ITEM_STYLE, axisTitle } from './chart-colours';

export interface EvidenceBarRow {
  key: string;
  label: string;
  items: number;
}

/** Horizontal bars of evidence-item counts, one per label: the shape both evidence charts share. */
export function EvidenceBars({
  rows,
  width,
  labelWidth,
  fill,
}: {
  rows: EvidenceBarRow[];
  width: number;
  labelWidth: number;
  fill: string;
}) {
  return (
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
        label={axisTitle('Evidence items')}
      />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={AXIS_TICK} interval={0} />
      <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
      <Bar dataKey="items" name="Evidence items" fill={fill} isAnimationActive={false} />
    </BarChart>
  );
}

/** The "Show data" twin of EvidenceBars. */
export function EvidenceTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string;
  rows: EvidenceBarRow[];
}) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col">Evidence items</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="number">{row.items}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

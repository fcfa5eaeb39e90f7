import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { PaperFile } from '../../data/paper-schema';
import { shortCitation } from '../../domain/citation';
import type { Factor } from '../../domain/factors';
import { formatMonth, shortName } from '../../domain/format';
import {
  ANSWER_COLOURS,
  AXIS_TICK,
  TOOLTIP_ITEM_STYLE,
  legendText,
  axisTitle,
} from './chart-colours';
import { ChartFrame } from './chart-frame';
import type { FactorCount } from './data/factor-counts';
import type { PaperComparison } from './data/paper-comparison';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The dataset beside the paper, every number read from paper.json and the rows shown. */
function BesideThePaper({ paper, comparison }: { paper: PaperFile; comparison: PaperComparison }) {
  const { aggregates } = paper;
  const merged = comparison.byPublication + comparison.later.length + comparison.undated;
  const later = comparison.later
    .map(
      (item) =>
        `${shortName(item.gdeName)} and ${shortName(item.ffName)}, ${formatMonth(item.month)}`,
    )
    .join('; ');
  return (
    <>
      <p>
        {shortCitation(paper)}, {paper.journal} (
        <a href={paper.url} target="_blank" rel="noopener noreferrer">
          doi:{paper.doi}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        ), report {aggregates.sameCoreSystemPairings} of their {aggregates.pairings} pairings on the
        same core system, {aggregates.sameStpOrIcsPairings} in the same STP and/or ICS, and{' '}
        {aggregates.organisationsInMergers} organisations in mergers during the programme.
      </p>
      {merged > 0 && (
        <p>
          Of the {plural(merged, 'pairing', 'pairings')} shown whose partners merged with each
          other, {comparison.byPublication} had merged by {formatMonth(comparison.published)}, when
          the paper was published, and {comparison.later.length} merged later
          {later === '' ? '' : ` (${later})`}
          {comparison.undated > 0 ? `; ${comparison.undated} have no recorded date` : ''}.
        </p>
      )}
      <p>
        This dataset differs because many facts are still unknown
        {comparison.proposed > 0 &&
          `, ${plural(comparison.proposed, 'pairing was', 'pairings were')} only proposed`}
        {comparison.dropped > 0 &&
          `, ${plural(comparison.dropped, 'pairing was', 'pairings were')} dropped`}
        , and the paper studied {aggregates.pairings} pairings, not every one.
      </p>
    </>
  );
}

function title(rows: FactorCount[]): string {
  const top = [...rows].sort((a, b) => b.yes - a.yes)[0];
  if (top === undefined || top.total === 0) return 'No pairings match the filters';
  return `${top.label} is the most common aligned factor: ${top.yes} of ${top.total} pairings`;
}

export function FactorChart({
  rows,
  paper,
  comparison,
  onPick,
  onHover,
}: {
  rows: FactorCount[];
  /** The evaluation to compare with; null for someone's own data. */
  paper: PaperFile | null;
  comparison: PaperComparison | null;
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
        paper === null || comparison === null ? undefined : (
          <BesideThePaper paper={paper} comparison={comparison} />
        )
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
              {paper !== null && <th scope="col">Paper</th>}
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
                {paper !== null && (
                  <td>
                    {row.paper === null
                      ? '–'
                      : `${row.paper.value} of ${row.paper.of} ${row.paper.unit}`}
                  </td>
                )}
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
          <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
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

import { ChartFrame } from './chart-frame';
import type { FlowCount } from './data/evidence-counts';
import { EvidenceBars, EvidenceTable } from './evidence-bars';

export function FlowChart({ rows }: { rows: FlowCount[] }) {
  const directional = rows.filter((row) => row.flow !== 'neutral');
  const towardsExemplar = rows
    .filter((row) => row.flow === 'ff_to_gde' || row.flow === 'two_way')
    .reduce((sum, row) => sum + row.items, 0);
  const total = directional.reduce((sum, row) => sum + row.items, 0);
  const bars = rows.map((row) => ({ key: row.flow, label: row.label, items: row.items }));
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
        <EvidenceTable
          caption="Evidence items by observed direction of knowledge flow"
          header="Direction"
          rows={bars}
        />
      }
    >
      {(width) => (
        <div className="flow-layout">
          <ol className="intended-flow" aria-label="Intended flow in the programme design">
            <li>Exemplar (GDE)</li>
            <li>Fast follower (FF)</li>
            <li>Wider NHS, through Blueprints and Learning Networks</li>
          </ol>
          <EvidenceBars
            rows={bars}
            width={Math.max(240, width - 190)}
            labelWidth={150}
            fill="#1f3a5f"
          />
        </div>
      )}
    </ChartFrame>
  );
}

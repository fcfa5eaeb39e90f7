import { ChartFrame } from './chart-frame';
import type { ChannelCount } from './data/evidence-counts';
import { EvidenceBars, EvidenceTable } from './evidence-bars';

export function ChannelChart({ rows }: { rows: ChannelCount[] }) {
  const named = rows.filter((row) => row.channel !== 'unspecified' && row.channel !== 'none');
  const top = named[0];
  const bars = rows.map((row) => ({ key: row.channel, label: row.label, items: row.items }));
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
      data={<EvidenceTable caption="Evidence items by channel" header="Channel" rows={bars} />}
    >
      {(width) => (
        <EvidenceBars
          rows={bars}
          width={width}
          labelWidth={Math.min(250, width * 0.5)}
          fill="#44aa99"
        />
      )}
    </ChartFrame>
  );
}

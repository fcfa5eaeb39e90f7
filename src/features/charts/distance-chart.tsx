import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ANSWER_COLOURS, AXIS_TICK, TOOLTIP_ITEM_STYLE, axisTitle } from './chart-colours';
import { ChartFrame } from './chart-frame';
import type { DistanceBar, PlatformMatch } from './data/distance-series';

const PLATFORM_COLOURS: Record<PlatformMatch, string> = {
  same: ANSWER_COLOURS.yes,
  different: ANSWER_COLOURS.no,
  unknown: ANSWER_COLOURS.unknown,
};
const PLATFORM_LABELS: Record<PlatformMatch, string> = {
  same: 'Same platform',
  different: 'Different platform',
  unknown: 'Platform unknown',
};
const FAR_KM = 100;

export function DistanceChart({
  bars,
  onPick,
  onHover,
}: {
  bars: DistanceBar[];
  onPick: (pairingId: string) => void;
  onHover: (pairingId: string | null) => void;
}) {
  const farSame = bars.filter((bar) => bar.km > FAR_KM && bar.platform === 'same');
  return (
    <ChartFrame
      title={
        bars.length === 0
          ? 'No pairings match the filters'
          : `${farSame.length} ${farSame.length === 1 ? 'pairing' : 'pairings'} shared a platform although the sites were over ${FAR_KM} km apart`
      }
      description={`Horizontal bars, one per pairing, longest distance first, coloured by whether the partners shared a core platform. ${bars
        .map((bar) => `${bar.label}: ${bar.km} km, ${PLATFORM_LABELS[bar.platform].toLowerCase()}.`)
        .join(' ')}`}
      data={
        <table className="data-table">
          <caption>Distance between sites, by pairing</caption>
          <thead>
            <tr>
              <th scope="col">Pairing</th>
              <th scope="col">Distance (km)</th>
              <th scope="col">Platform</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.id}>
                <th scope="row">
                  <button type="button" className="row-select" onClick={() => onPick(bar.id)}>
                    {bar.label}
                  </button>
                </th>
                <td className="number">{bar.km}</td>
                <td>{PLATFORM_LABELS[bar.platform]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => (
        <>
          <ul className="chart-legend" aria-hidden="true">
            {(Object.keys(PLATFORM_LABELS) as PlatformMatch[]).map((platform) => (
              <li key={platform}>
                <span
                  className="swatch square"
                  style={{ background: PLATFORM_COLOURS[platform] }}
                />
                {PLATFORM_LABELS[platform]}
              </li>
            ))}
          </ul>
          <BarChart
            width={width}
            height={Math.max(160, bars.length * 28 + 70)}
            data={bars}
            layout="vertical"
            margin={{ left: 8, right: 16, bottom: 16 }}
            // The chart-wide pointer index is steadier than per-bar enter/leave, which re-render.
            onMouseMove={(state) => {
              const index = Number(state.activeTooltipIndex);
              onHover(Number.isInteger(index) ? (bars[index]?.id ?? null) : null);
            }}
            onMouseLeave={() => onHover(null)}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tick={AXIS_TICK}
              label={axisTitle('Straight-line distance (km)')}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={Math.min(260, width * 0.45)}
              tick={{ ...AXIS_TICK, fontSize: 11 }}
              interval={0}
            />
            <Tooltip
              itemStyle={TOOLTIP_ITEM_STYLE}
              formatter={(value) => [`${String(value)} km`, 'Distance']}
            />
            <Bar
              dataKey="km"
              name="Distance"
              cursor="pointer"
              isAnimationActive={false}
              onMouseEnter={(item: { payload?: DistanceBar }) =>
                item.payload && onHover(item.payload.id)
              }
              onMouseLeave={() => onHover(null)}
              onClick={(item: { payload?: DistanceBar }) => item.payload && onPick(item.payload.id)}
            >
              {bars.map((bar) => (
                <Cell key={bar.id} fill={PLATFORM_COLOURS[bar.platform]} />
              ))}
            </Bar>
          </BarChart>
        </>
      )}
    </ChartFrame>
  );
}

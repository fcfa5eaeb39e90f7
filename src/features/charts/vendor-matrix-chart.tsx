import { NO_SINGLE_VENDOR_KEY, UNKNOWN_VENDOR_KEY } from '../../domain/filters';
import { ChartFrame } from './chart-frame';
import type { VendorMatrix } from './data/vendor-matrix';

const GROUP_LABELS: Record<string, string> = {
  [NO_SINGLE_VENDOR_KEY]: 'No single vendor',
  [UNKNOWN_VENDOR_KEY]: 'Unknown',
};
const label = (key: string) => GROUP_LABELS[key] ?? key;
const isNamed = (key: string) => GROUP_LABELS[key] === undefined;

/** Cell shade grows with the count; text stays dark or light enough for AA contrast. */
function shade(count: number, max: number): { background: string; color: string } {
  if (count === 0) return { background: '#ffffff', color: '#4f5862' };
  const strength = 0.25 + (0.75 * count) / Math.max(1, max);
  return {
    background: `rgba(31, 58, 95, ${strength.toFixed(2)})`,
    color: strength > 0.5 ? '#ffffff' : '#1b1f24',
  };
}

export function VendorMatrixChart({
  matrix,
  onPick,
  onHover,
}: {
  matrix: VendorMatrix;
  onPick: (vendors: string[]) => void;
  onHover: (pairingIds: string[] | null) => void;
}) {
  const counts = matrix.gdeVendors.flatMap((from) =>
    matrix.ffVendors.map((to) => ({ from, to, ids: matrix.cells[from]?.[to] ?? [] })),
  );
  const total = counts.reduce((sum, cell) => sum + cell.ids.length, 0);
  const same = counts
    .filter((cell) => cell.from === cell.to && isNamed(cell.from))
    .reduce((s, c) => s + c.ids.length, 0);
  const crossed = counts
    .filter((cell) => cell.from !== cell.to && isNamed(cell.from) && isNamed(cell.to))
    .reduce((s, c) => s + c.ids.length, 0);
  const max = Math.max(0, ...counts.map((cell) => cell.ids.length));

  return (
    <ChartFrame
      title={
        total === 0
          ? 'No pairings match the filters'
          : `${same} of ${total} pairings joined two sites on the same EPR vendor; ${crossed} crossed between named vendors`
      }
      description="A grid of exemplar vendors (rows) against fast-follower vendors (columns). Each cell counts the pairings between them; the diagonal is same-vendor pairings. Press a cell to filter the map to those two vendors."
      data={
        <p>
          The grid is itself a table; each number is the count of pairings for that pair of vendors.
        </p>
      }
    >
      {() => (
        <div
          className="matrix-scroll"
          tabIndex={0}
          role="region"
          aria-label="Vendor grid (scrolls)"
        >
          <table className="vendor-matrix">
            <caption>Exemplar vendor (rows) × fast-follower vendor (columns): pairings</caption>
            <thead>
              <tr>
                <th scope="col">Exemplar ↓ / Follower →</th>
                {matrix.ffVendors.map((to) => (
                  <th scope="col" key={to}>
                    {label(to)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.gdeVendors.map((from) => (
                <tr key={from}>
                  <th scope="row">{label(from)}</th>
                  {matrix.ffVendors.map((to) => {
                    const ids = matrix.cells[from]?.[to] ?? [];
                    return (
                      <td
                        key={to}
                        style={shade(ids.length, max)}
                        className={from === to ? 'diagonal' : undefined}
                      >
                        {ids.length === 0 ? (
                          <span aria-label="none">·</span>
                        ) : (
                          <button
                            type="button"
                            className="matrix-cell"
                            aria-label={`${ids.length} pairings from ${label(from)} to ${label(to)}: filter to these vendors`}
                            onClick={() => onPick(from === to ? [from] : [from, to])}
                            onMouseEnter={() => onHover(ids)}
                            onMouseLeave={() => onHover(null)}
                            onFocus={() => onHover(ids)}
                            onBlur={() => onHover(null)}
                          >
                            {ids.length}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ChartFrame>
  );
}

import { WEIGHT_STEPS } from '../../domain/finder/programme';
import type { GridCell } from '../../domain/finder/programme-matrix';
import type { Weights } from '../../domain/finder/weights';

const STEPS = WEIGHT_STEPS;
// White to a mid blue that dark text still reads on (contrast above 7:1 at the darkest).
const shade = (value: number) =>
  `rgb(${Math.round(255 - value * 135)} ${Math.round(255 - value * 85)} ${Math.round(255 - value * 35)})`;
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/**
 * "Which weightings do the real pairings resemble?": for each platform × distance weight (the
 * other weights as set), the share of followers whose actual exemplar ranks first. A cell is a
 * button that tries those weights.
 */
export function SensitivityGrid({
  cells,
  weights,
  onChoose,
}: {
  cells: readonly GridCell[];
  weights: Weights;
  onChoose: (weights: Weights) => void;
}) {
  const share = (platform: number, distance: number) =>
    cells.find((cell) => cell.platform === platform && cell.distance === distance)?.share ?? 0;
  const best = Math.max(0, ...cells.map((cell) => cell.share));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Weightings grid (scrolls)">
      <table className="finder-grid">
        <caption>
          Share of followers whose actual exemplar ranks first, by platform weight (rows) and
          distance weight (columns); ICS, STP and region weights as set
        </caption>
        <thead>
          <tr>
            <td />
            {STEPS.map((distance) => (
              <th key={distance} scope="col">
                Distance {distance}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STEPS.map((platform) => (
            <tr key={platform}>
              <th scope="row">Platform {platform}</th>
              {STEPS.map((distance) => {
                const value = share(platform, distance);
                const current = weights.platform === platform && weights.distance === distance;
                return (
                  <td
                    key={distance}
                    className={`${current ? 'finder-grid-current' : ''}${value === best && best > 0 ? ' finder-grid-best' : ''}`}
                    style={{ background: shade(value) }}
                  >
                    <button
                      type="button"
                      aria-label={`${percent.format(value)} with platform ${platform} and distance ${distance}${current ? ' (current weights)' : ''}: use these weights`}
                      aria-pressed={current}
                      onClick={() => onChoose({ ...weights, platform, distance })}
                    >
                      {percent.format(value)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

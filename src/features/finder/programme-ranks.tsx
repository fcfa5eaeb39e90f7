import { useState } from 'react';
import type { RealRank } from '../../domain/finder/programme-matrix';
import { formatKm } from '../../domain/format';

const BUCKETS = [
  { label: '1st', test: (rank: number) => rank === 1 },
  { label: '2nd', test: (rank: number) => rank === 2 },
  { label: '3rd', test: (rank: number) => rank === 3 },
  { label: '4th–5th', test: (rank: number) => rank >= 4 && rank <= 5 },
  { label: '6th–10th', test: (rank: number) => rank >= 6 && rank <= 10 },
  { label: 'below 10th', test: (rank: number) => rank > 10 },
];
const FIRST_ROWS = 50;

/**
 * "How the real pairings rank": the headline, the ranks as bars (a table, so the numbers are
 * there for everyone), and the followers whose best-aligned exemplar was another one.
 */
export function ProgrammeRanks({
  ranks,
  nameOf,
  onFind,
}: {
  ranks: readonly RealRank[];
  nameOf: (id: string) => string;
  onFind: (organisationId: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const first = ranks.filter(({ rank }) => rank === 1).length;
  const counts = BUCKETS.map(({ label, test }) => ({
    label,
    count: ranks.filter(({ rank }) => test(rank)).length,
  }));
  const most = Math.max(1, ...counts.map(({ count }) => count));
  const better = ranks
    .filter(({ rank }) => rank > 1)
    .sort(
      (a, b) =>
        b.rank - a.rank || nameOf(a.followerId).localeCompare(nameOf(b.followerId), 'en-GB'),
    );
  const shown = showAll ? better : better.slice(0, FIRST_ROWS);

  if (ranks.length === 0)
    return <p>No active or merged pairings to compare: the programme view needs real pairings.</p>;
  return (
    <>
      <p className="finder-headline">
        Under these weights, {first} of {ranks.length} followers were paired with their best-aligned
        exemplar.
      </p>
      <table className="finder-bars">
        <caption>Where each follower&apos;s actual exemplar ranked</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Followers</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ label, count }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <span
                  className="finder-bar"
                  style={{ width: `${(count / most) * 100}%` }}
                  aria-hidden="true"
                />
                <span className="finder-bar-count">{count.toLocaleString('en-GB')}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {better.length > 0 && (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Followers with a better-aligned exemplar table (scrolls)"
        >
          <table className="data-table">
            <caption>Followers with a better-aligned exemplar</caption>
            <thead>
              <tr>
                <th scope="col">Follower</th>
                <th scope="col">Actual exemplar (rank)</th>
                <th scope="col">Best-aligned exemplar</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.pairingId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="row-select"
                      aria-label={`Find partners for ${nameOf(row.followerId)}`}
                      onClick={() => onFind(row.followerId)}
                    >
                      {nameOf(row.followerId)}
                    </button>
                  </th>
                  <td>
                    {nameOf(row.exemplarId)} ({row.rank} of {row.candidates}, {formatKm(row.km)})
                  </td>
                  <td>
                    {nameOf(row.bestId)} ({formatKm(row.bestKm)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {better.length > shown.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {better.length.toLocaleString('en-GB')} followers
        </button>
      )}
    </>
  );
}

import type { FollowerRank } from '../../domain/finder/programme';
import { formatKm } from '../../domain/format';

const BUCKETS = [
  { label: '1st', test: (rank: number) => rank === 1 },
  { label: '2nd', test: (rank: number) => rank === 2 },
  { label: '3rd', test: (rank: number) => rank === 3 },
  { label: '4th–5th', test: (rank: number) => rank >= 4 && rank <= 5 },
  { label: '6th–10th', test: (rank: number) => rank >= 6 && rank <= 10 },
  { label: 'below 10th', test: (rank: number) => rank > 10 },
];

/**
 * "How the real pairings rank": the headline, the ranks as bars (a table, so the numbers are
 * there for everyone), and the followers whose best-aligned exemplar was another one.
 */
export function ProgrammeRanks({
  ranks,
  onFind,
}: {
  ranks: readonly FollowerRank[];
  onFind: (organisationId: string) => void;
}) {
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
        b.rank - a.rank ||
        a.pairing.ff.organisation.name.localeCompare(b.pairing.ff.organisation.name),
    );

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
                <span className="finder-bar-count">{count}</span>
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
              {better.map(({ pairing, rank, candidates, best }) => (
                <tr key={pairing.pairing.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="row-select"
                      aria-label={`Find partners for ${pairing.ff.organisation.name}`}
                      onClick={() => onFind(pairing.ff.organisation.id)}
                    >
                      {pairing.ff.organisation.name}
                    </button>
                  </th>
                  <td>
                    {pairing.gde.organisation.name} ({rank} of {candidates},{' '}
                    {formatKm(pairing.distanceKm)})
                  </td>
                  <td>
                    {best.facts.organisation.name} ({formatKm(best.distanceKm)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

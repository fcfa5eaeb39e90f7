import { useEffect, useRef, useState } from 'react';
import type { PairingFacts } from '../../domain/derive-facts';
import { scoreInWords, type Candidate } from '../../domain/finder/candidates';
import { formatScore } from '../../domain/finder/finder-lines';
import type { Weights } from '../../domain/finder/weights';
import { STATUS_LABELS, TRI_STATE_LABELS, formatVendor, shortName } from '../../domain/format';
import { FactorTick } from './factor-tick';

const FIRST_ROWS = 25;
const TICKED = ['platform', 'ics', 'stp', 'region'] as const;
const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Every candidate, best-aligned first. Pointing at a row (hover or focus) brightens its line on
 * the map; the name button shows the pair on the map.
 */
export function CandidatesTable({
  candidates,
  actual,
  weights,
  hovered,
  onHover,
  onShow,
}: {
  candidates: readonly Candidate[];
  actual: ReadonlyMap<string, PairingFacts>;
  weights: Weights;
  hovered: string | null;
  onHover: (id: string | null) => void;
  onShow: (candidate: Candidate) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  // A line pointed at on the map brings its row into view (a row pointed at is in view already).
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (hovered === null) return;
    const rows = body.current?.querySelectorAll<HTMLElement>('tr[data-id]') ?? [];
    const row = [...rows].find((element) => element.dataset.id === hovered);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [hovered]);
  const shown = candidates.filter(
    ({ rank, facts }) => showAll || rank <= FIRST_ROWS || actual.has(facts.organisation.id),
  );
  return (
    <>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Candidate partners table (scrolls)"
      >
        <table className="data-table finder-table">
          <caption>Candidate partners</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Name</th>
              <th scope="col">Score</th>
              <th scope="col">Distance (km)</th>
              <th scope="col">Vendor</th>
              <th scope="col">
                <abbr title="Same core platform">Plat.</abbr>
              </th>
              <th scope="col">
                <abbr title="Same ICS (2022)">ICS</abbr>
              </th>
              <th scope="col">
                <abbr title="Same STP (2021)">STP</abbr>
              </th>
              <th scope="col">
                <abbr title="Same NHS region">Reg.</abbr>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.map((candidate) => {
              const { organisation } = candidate.facts;
              const real = actual.get(organisation.id);
              return (
                <tr
                  key={organisation.id}
                  data-id={organisation.id}
                  className={`${real === undefined ? '' : 'finder-actual'}${hovered === organisation.id ? ' finder-hovered' : ''}`}
                  onMouseEnter={() => onHover(organisation.id)}
                  onMouseLeave={() => onHover(null)}
                >
                  <td className="number">{candidate.rank}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="row-select"
                      onClick={() => onShow(candidate)}
                      onFocus={() => onHover(organisation.id)}
                      onBlur={() => onHover(null)}
                    >
                      {shortName(organisation.name)}
                    </button>
                    {real !== undefined && (
                      <span className="finder-actual-tag">
                        actual partner
                        {real.pairing.status === 'active'
                          ? ''
                          : ` (${STATUS_LABELS[real.pairing.status].toLowerCase()})`}
                      </span>
                    )}
                    <span className="finder-words">{scoreInWords(candidate, weights)}</span>
                    {real !== undefined && (
                      <span className="finder-words">
                        Prior relationship:{' '}
                        {TRI_STATE_LABELS[real.pairing.priorRelationship].toLowerCase()} (shown, not
                        scored)
                      </span>
                    )}
                  </th>
                  <td className="number">{formatScore(candidate.score)}</td>
                  <td className="number">{km.format(candidate.distanceKm)}</td>
                  <td>{formatVendor(organisation.coreVendor)}</td>
                  {TICKED.map((factor) => (
                    <td key={factor} className="finder-tick-cell">
                      <FactorTick
                        state={
                          candidate.factors.find((score) => score.factor === factor)?.state ??
                          'unknown'
                        }
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {candidates.length > shown.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {candidates.length} candidates
        </button>
      )}
    </>
  );
}

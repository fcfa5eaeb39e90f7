import type { PairingFacts } from '../../domain/derive-facts';
import { describePairing } from '../../domain/describe';
import {
  STATUS_LABELS,
  TRI_STATE_LABELS,
  formatKm,
  formatMiles,
  shortName,
} from '../../domain/format';
import { useEvaluation } from '../../state/evaluation-context';
import { useViewDispatch } from '../../state/view-state-context';
import { FactorList } from './factor-list';
import { SourcesList } from './sources-list';

export function PairingDetails({ facts }: { facts: PairingFacts }) {
  const dispatch = useViewDispatch();
  const evaluation = useEvaluation();
  const { pairing, gde, ff } = facts;
  return (
    <article>
      <h3>
        {shortName(gde.organisation.name)} → {shortName(ff.organisation.name)}
      </h3>
      <p className="summary" aria-live="polite">
        {describePairing(facts, evaluation?.published ?? null)}
      </p>
      <dl className="fact-grid">
        <dt>Distance</dt>
        <dd>
          {formatKm(facts.distanceKm)} ({formatMiles(facts.distanceMiles)}), straight line
        </dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[pairing.status]}</dd>
        <dt>Same STP (recorded, c.2018)</dt>
        <dd>{TRI_STATE_LABELS[pairing.sameStp]}</dd>
        <dt>Same core vendor (derived)</dt>
        <dd>{TRI_STATE_LABELS[facts.sameVendor]}</dd>
        <dt>Prior relationship evidence</dt>
        <dd>{pairing.priorRelationshipEvidence ?? 'none recorded'}</dd>
        <dt>Knowledge-flow direction</dt>
        <dd>
          {pairing.flowDirection === 'unknown'
            ? 'unknown: the evaluation does not publish it for individual pairings'
            : pairing.flowDirection.replace(/_/g, ' ')}
        </dd>
      </dl>
      <FactorList
        factors={facts.factors}
        aligned={facts.aligned.length}
        outsideEngland={facts.gde.areas.icb === null || facts.ff.areas.icb === null}
      />
      <div className="button-row">
        {[gde, ff].map(({ organisation }) => (
          <button
            key={organisation.id}
            type="button"
            onClick={() =>
              dispatch({ type: 'select', selection: { kind: 'organisation', id: organisation.id } })
            }
          >
            Open {shortName(organisation.name)}
          </button>
        ))}
      </div>
      <h4>Sources for this pairing</h4>
      <SourcesList sources={pairing.sources} confidence={pairing.confidence} />
    </article>
  );
}

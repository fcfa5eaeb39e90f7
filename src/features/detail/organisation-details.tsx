import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import { describeOrganisation } from '../../domain/describe';
import { formatKm, shortAreaName, shortName } from '../../domain/format';
import { useEvaluation } from '../../state/evaluation-context';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { SourcesList } from './sources-list';

export function OrganisationDetails({
  facts,
  pairings,
  nameOf,
}: {
  facts: OrganisationFacts;
  pairings: PairingFacts[];
  nameOf: (id: string) => string;
}) {
  const dispatch = useViewDispatch();
  const { finder } = useViewState();
  const evaluation = useEvaluation();
  const { organisation, areas } = facts;
  return (
    <article>
      <h3>{organisation.name}</h3>
      <p className="summary" aria-live="polite">
        {describeOrganisation(facts, nameOf, evaluation?.published ?? null)}
      </p>
      <button
        type="button"
        className="find-partners"
        onClick={() =>
          dispatch({
            type: 'set-finder',
            finder: {
              organisation: organisation.id,
              allSectors: finder?.allSectors ?? false,
              plan: finder?.plan ?? null,
            },
          })
        }
      >
        Find partners
      </button>
      <dl className="fact-grid">
        <dt>ODS code</dt>
        <dd>{organisation.odsCode === '' ? 'not given' : organisation.odsCode}</dd>
        <dt>STP (April 2021)</dt>
        <dd>
          {areas.stp === undefined
            ? 'boundaries not loaded'
            : (areas.stp?.name ?? 'not applicable (outside England)')}
        </dd>
        <dt>NHS region (2022)</dt>
        <dd>
          {areas.region === undefined
            ? 'boundaries not loaded'
            : (areas.region?.name ?? 'not applicable (outside England)')}
        </dd>
        <dt>STP recorded (c.2018)</dt>
        <dd>{organisation.stp ?? 'not recorded'}</dd>
      </dl>
      <h4>Pairings ({pairings.length})</h4>
      {pairings.length === 0 ? (
        <p>No pairing is recorded for this organisation.</p>
      ) : (
        <ul className="partner-list">
          {pairings.map((pairing) => {
            const partner =
              pairing.gde.organisation.id === organisation.id ? pairing.ff : pairing.gde;
            return (
              <li key={pairing.pairing.id}>
                <button
                  type="button"
                  onClick={() =>
                    dispatch({
                      type: 'select',
                      selection: { kind: 'pairing', id: pairing.pairing.id },
                    })
                  }
                >
                  With {shortName(partner.organisation.name)} ({formatKm(pairing.distanceKm)}
                  {partner.areas.icb ? `, ${shortAreaName(partner.areas.icb.name)}` : ''})
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h4>Sources for this organisation</h4>
      <SourcesList sources={organisation.sources} confidence={organisation.confidence} />
    </article>
  );
}

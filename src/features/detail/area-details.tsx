import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import { shortName } from '../../domain/format';
import { BOUNDARY_LABELS, type Area, type BoundaryLayerId } from '../../domain/geo/boundaries';
import { useViewDispatch } from '../../state/view-state-context';

export function AreaDetails({
  layer,
  area,
  organisations,
  pairings,
}: {
  layer: BoundaryLayerId;
  area: Area;
  organisations: OrganisationFacts[];
  pairings: PairingFacts[];
}) {
  const dispatch = useViewDispatch();
  return (
    <article>
      <h3>{area.name}</h3>
      <p className="summary" aria-live="polite">
        {BOUNDARY_LABELS[layer]} {area.code}: {organisations.length}{' '}
        {organisations.length === 1 ? 'organisation has its' : 'organisations have their'} main site
        here, in {pairings.length} {pairings.length === 1 ? 'pairing' : 'pairings'}.
      </p>
      {organisations.length > 0 && (
        <ul className="partner-list">
          {organisations.map(({ organisation }) => (
            <li key={organisation.id}>
              <button
                type="button"
                onClick={() =>
                  dispatch({
                    type: 'select',
                    selection: { kind: 'organisation', id: organisation.id },
                  })
                }
              >
                {shortName(organisation.name)} ({organisation.role})
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Boundaries: Office for National Statistics, Open Government Licence v3.0.
      </p>
    </article>
  );
}

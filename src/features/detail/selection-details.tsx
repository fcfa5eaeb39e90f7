import { useMemo } from 'react';
import type { AtlasFacts } from '../../domain/derive-facts';
import { externalName } from '../../domain/describe';
import type { SelectedFacts } from '../../state/selection-selectors';
import { useViewDispatch } from '../../state/view-state-context';
import { AreaDetails } from './area-details';
import { OrganisationDetails } from './organisation-details';
import { PairingDetails } from './pairing-details';

export function SelectionDetails({
  selected,
  facts,
}: {
  selected: SelectedFacts;
  facts: AtlasFacts;
}) {
  const dispatch = useViewDispatch();
  const nameOf = useMemo(() => {
    const names = new Map(
      facts.organisations.map(({ organisation }) => [organisation.id, organisation.name]),
    );
    return (id: string) => names.get(id) ?? externalName(id);
  }, [facts]);

  return (
    <section className="selection-details card" aria-labelledby="selection-details-heading">
      <div className="card-heading">
        <h2 id="selection-details-heading">Selection details</h2>
        {selected !== null && (
          <button type="button" onClick={() => dispatch({ type: 'select', selection: null })}>
            Clear selection <span className="muted">(Esc)</span>
          </button>
        )}
      </div>
      {selected === null && (
        <p className="muted">
          Select a pairing line, a site or an area on the map, or a row in the tables below.
        </p>
      )}
      {selected?.kind === 'pairing' && <PairingDetails facts={selected.facts} />}
      {selected?.kind === 'area' && (
        <AreaDetails
          layer={selected.layer}
          area={selected.area}
          organisations={selected.organisations}
          pairings={selected.pairings}
        />
      )}
      {selected?.kind === 'organisation' && (
        <OrganisationDetails facts={selected.facts} pairings={selected.pairings} nameOf={nameOf} />
      )}
    </section>
  );
}

import type { AtlasFacts, OrganisationFacts, PairingFacts } from '../domain/derive-facts';
import type { Selection } from './view-state';

export type SelectedFacts =
  | { kind: 'pairing'; facts: PairingFacts }
  | { kind: 'organisation'; facts: OrganisationFacts; pairings: PairingFacts[] }
  | null;

export function selectSelectedFacts(facts: AtlasFacts, selection: Selection): SelectedFacts {
  if (selection === null) return null;
  if (selection.kind === 'pairing') {
    const found = facts.pairings.find(({ pairing }) => pairing.id === selection.id);
    return found === undefined ? null : { kind: 'pairing', facts: found };
  }
  const found = facts.organisations.find(({ organisation }) => organisation.id === selection.id);
  if (found === undefined) return null;
  const pairings = facts.pairings.filter(
    ({ pairing }) => pairing.gdeId === selection.id || pairing.ffId === selection.id,
  );
  return { kind: 'organisation', facts: found, pairings };
}

/** Everything the selection touches: its organisations and pairings stay bright, the rest dims. */
export function selectEmphasis(selected: SelectedFacts) {
  if (selected === null) return null;
  if (selected.kind === 'pairing') {
    const { pairing } = selected.facts;
    return {
      organisations: new Set([pairing.gdeId, pairing.ffId]),
      pairings: new Set([pairing.id]),
    };
  }
  const organisations = new Set([selected.facts.organisation.id]);
  for (const { pairing } of selected.pairings) {
    organisations.add(pairing.gdeId);
    organisations.add(pairing.ffId);
  }
  return { organisations, pairings: new Set(selected.pairings.map(({ pairing }) => pairing.id)) };
}

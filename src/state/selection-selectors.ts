import type { AtlasFacts, OrganisationFacts, PairingFacts } from '../domain/derive-facts';
import type { Area, BoundaryLayerId } from '../domain/geo/boundaries';
import type { Selection } from '../domain/view/view-state';

export type SelectedFacts =
  | { kind: 'pairing'; facts: PairingFacts }
  | { kind: 'organisation'; facts: OrganisationFacts; pairings: PairingFacts[] }
  | {
      kind: 'area';
      layer: BoundaryLayerId;
      area: Area;
      organisations: OrganisationFacts[];
      pairings: PairingFacts[];
    }
  | null;

export type AreaLookup = (layer: BoundaryLayerId, code: string) => Area | null;

export function selectSelectedFacts(
  facts: AtlasFacts,
  selection: Selection,
  findArea: AreaLookup,
): SelectedFacts {
  if (selection === null) return null;
  switch (selection.kind) {
    case 'pairing': {
      const found = facts.pairings.find(({ pairing }) => pairing.id === selection.id);
      return found === undefined ? null : { kind: 'pairing', facts: found };
    }
    case 'organisation': {
      const found = facts.organisations.find(
        ({ organisation }) => organisation.id === selection.id,
      );
      if (found === undefined) return null;
      const pairings = facts.pairings.filter(
        ({ pairing }) => pairing.gdeId === selection.id || pairing.ffId === selection.id,
      );
      return { kind: 'organisation', facts: found, pairings };
    }
    case 'area': {
      const area = findArea(selection.layer, selection.code);
      if (area === null) return null;
      const organisations = facts.organisations.filter(
        ({ areas }) => areas[selection.layer]?.code === selection.code,
      );
      const inside = new Set(organisations.map(({ organisation }) => organisation.id));
      const pairings = facts.pairings.filter(
        ({ pairing }) => inside.has(pairing.gdeId) || inside.has(pairing.ffId),
      );
      return { kind: 'area', layer: selection.layer, area, organisations, pairings };
    }
  }
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
  const organisations = new Set(
    selected.kind === 'organisation'
      ? [selected.facts.organisation.id]
      : selected.organisations.map(({ organisation }) => organisation.id),
  );
  for (const { pairing } of selected.pairings) {
    organisations.add(pairing.gdeId);
    organisations.add(pairing.ffId);
  }
  return { organisations, pairings: new Set(selected.pairings.map(({ pairing }) => pairing.id)) };
}

/** The same dimming for pairings a chart points at: those pairings and their two ends stay bright. */
export function highlightEmphasis(pairingIds: readonly string[] | null, facts: AtlasFacts) {
  if (pairingIds === null) return null;
  const pairings = new Set(pairingIds);
  const organisations = new Set<string>();
  for (const { pairing } of facts.pairings) {
    if (!pairings.has(pairing.id)) continue;
    organisations.add(pairing.gdeId);
    organisations.add(pairing.ffId);
  }
  return { organisations, pairings };
}

/** A short name for what is selected, for captions (e.g. under an exported image). */
export function selectionName(selected: SelectedFacts): string | null {
  if (selected === null) return null;
  if (selected.kind === 'pairing')
    return `${selected.facts.gde.organisation.name} and ${selected.facts.ff.organisation.name}`;
  if (selected.kind === 'organisation') return selected.facts.organisation.name;
  return selected.area.name;
}

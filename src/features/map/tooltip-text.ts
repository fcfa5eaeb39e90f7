import type { PickingInfo } from '@deck.gl/core';
import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import { STATUS_LABELS, formatKm, formatMiles, formatVendor } from '../../domain/format';
import { LAYER_IDS } from './layers/layer-ids';

export function tooltipText(info: PickingInfo): string | null {
  if (info.object === undefined || info.object === null || info.layer === null) return null;
  if (info.layer?.id === LAYER_IDS.pairingLines) {
    const facts = info.object as PairingFacts;
    return `${facts.gde.organisation.name} → ${facts.ff.organisation.name}\n${formatKm(facts.distanceKm)} (${formatMiles(facts.distanceMiles)}), ${STATUS_LABELS[facts.pairing.status]}`;
  }
  if (info.layer?.id === LAYER_IDS.sites) {
    const { organisation } = info.object as OrganisationFacts;
    return `${organisation.name}\n${organisation.role === 'GDE' ? 'Global digital exemplar' : 'Fast follower'}, ${formatVendor(organisation.coreVendor)}`;
  }
  return null;
}

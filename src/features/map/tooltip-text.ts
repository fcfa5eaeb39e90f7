import type { PickingInfo } from '@deck.gl/core';
import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import type { FinderLine } from '../../domain/finder/finder-lines';
import { STATUS_LABELS, formatKm, formatMiles, formatVendor } from '../../domain/format';
import type { AreaProperties } from '../../domain/geo/boundaries';
import type { SiteStack } from '../../domain/stacks';
import { LAYER_IDS } from './layers/layer-ids';

export function tooltipText(info: PickingInfo): string | null {
  if (info.object === undefined || info.object === null) return null;
  switch (info.layer?.id) {
    case LAYER_IDS.pairingLines: {
      const facts = info.object as PairingFacts;
      return `${facts.gde.organisation.name} → ${facts.ff.organisation.name}\n${formatKm(facts.distanceKm)} (${formatMiles(facts.distanceMiles)}), ${STATUS_LABELS[facts.pairing.status]}`;
    }
    case LAYER_IDS.finderLines:
      return (info.object as FinderLine).label;
    case LAYER_IDS.sites: {
      const { organisation } = info.object as OrganisationFacts;
      return `${organisation.name}\n${organisation.role === 'GDE' ? 'Global digital exemplar' : 'Fast follower'}, ${formatVendor(organisation.coreVendor)}`;
    }
    case LAYER_IDS.siteStacks: {
      const { members } = info.object as SiteStack;
      const names = members.map(({ organisation }) => organisation.name);
      return `${members.length} organisations here:\n${names.join('\n')}\nClick to zoom in and pick one`;
    }
    case LAYER_IDS.boundaries:
      return `${(info.object as { properties: AreaProperties }).properties.name}\nClick to list the organisations inside`;
    default:
      return null;
  }
}

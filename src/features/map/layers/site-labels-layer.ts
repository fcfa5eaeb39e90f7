import { TextLayer } from '@deck.gl/layers';
import type { OrganisationFacts } from '../../../domain/derive-facts';
import { shortName } from '../../../domain/format';
import { alphaFor, type Emphasis } from './emphasis';
import { LAYER_IDS } from './layer-ids';

/**
 * Organisation names just below their sites. deck.gl's collision filter ignores pixel offsets,
 * so it would hide these names behind their own sites; names are off by default instead.
 */
export function createSiteLabelsLayer(
  organisations: OrganisationFacts[],
  visible: boolean,
  emphasis: Emphasis | null,
) {
  const alpha = (facts: OrganisationFacts) =>
    alphaFor(emphasis, emphasis?.organisations.has(facts.organisation.id) ?? true);
  return new TextLayer<OrganisationFacts>({
    id: LAYER_IDS.siteLabels,
    // deck.gl lays out hidden layers' data too: names are off by default, so they get none.
    data: visible ? organisations : [],
    visible,
    getPosition: ({ organisation }) => [organisation.lon, organisation.lat],
    getText: ({ organisation }) => shortName(organisation.name),
    getSize: 12,
    getPixelOffset: [0, 14],
    getAlignmentBaseline: 'top',
    fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
    fontWeight: 600,
    getColor: (facts) => [20, 30, 45, alpha(facts)],
    background: true,
    getBackgroundColor: (facts) => [255, 255, 255, Math.round(alpha(facts) * 0.8)],
    backgroundPadding: [2, 1],
    updateTriggers: { getColor: [emphasis], getBackgroundColor: [emphasis] },
  });
}

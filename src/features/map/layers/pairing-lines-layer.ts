import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { PairingFacts } from '../../../domain/derive-facts';
import { SELECTION_COLOUR, STATUS_STYLES } from '../map-colours';
import { alphaFor, type Emphasis } from './emphasis';
import { LAYER_IDS } from './layer-ids';

const dashes = new PathStyleExtension({ dash: true });

export function createPairingLinesLayer(
  pairings: PairingFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
) {
  return new PathLayer<PairingFacts, PathStyleExtensionProps<PairingFacts>>({
    id: LAYER_IDS.pairingLines,
    data: pairings,
    visible,
    pickable: true,
    widthUnits: 'pixels',
    capRounded: true,
    getPath: ({ gde, ff }) => [
      [gde.organisation.lon, gde.organisation.lat],
      [ff.organisation.lon, ff.organisation.lat],
    ],
    getColor: ({ pairing }) =>
      pairing.id === selectedId
        ? [...SELECTION_COLOUR, 255]
        : [
            ...STATUS_STYLES[pairing.status].colour,
            alphaFor(emphasis, emphasis?.pairings.has(pairing.id) ?? true),
          ],
    getWidth: ({ pairing }) =>
      STATUS_STYLES[pairing.status].width + (pairing.id === selectedId ? 3 : 0),
    getDashArray: ({ pairing }) => STATUS_STYLES[pairing.status].dash,
    dashJustified: true,
    extensions: [dashes],
    updateTriggers: { getColor: [selectedId, emphasis], getWidth: [selectedId] },
  });
}

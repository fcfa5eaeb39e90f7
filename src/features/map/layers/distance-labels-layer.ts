import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';
import { TextLayer } from '@deck.gl/layers';
import type { PairingFacts } from '../../../domain/derive-facts';
import { formatDistanceShort } from '../../../domain/format';
import { distanceLabelsCapped } from '../distance-label-limit';
import { alphaFor, type Emphasis } from './emphasis';
import { LAYER_IDS } from './layer-ids';

// Overlapping labels are hidden; longer pairings win, since short ones are clear once zoomed in.
const collisions = new CollisionFilterExtension();

export function createDistanceLabelsLayer(
  pairings: PairingFacts[],
  visible: boolean,
  emphasis: Emphasis | null,
) {
  const drawn = visible && !distanceLabelsCapped(pairings);
  return new TextLayer<PairingFacts, CollisionFilterExtensionProps<PairingFacts>>({
    id: LAYER_IDS.distanceLabels,
    // deck.gl lays out hidden layers' data too: a hidden layer gets none.
    data: drawn ? pairings : [],
    visible: drawn,
    getPosition: ({ gde, ff }) => [
      (gde.organisation.lon + ff.organisation.lon) / 2,
      (gde.organisation.lat + ff.organisation.lat) / 2,
    ],
    getText: (facts) => formatDistanceShort(facts.distanceKm, facts.distanceMiles),
    getSize: 12,
    extensions: [collisions],
    collisionGroup: 'distance-labels',
    getCollisionPriority: (facts) => Math.min(1000, facts.distanceKm),
    collisionTestProps: { sizeScale: 1.4 },
    fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
    fontWeight: 600,
    getColor: (facts) => [
      20,
      30,
      45,
      alphaFor(emphasis, emphasis?.pairings.has(facts.pairing.id) ?? true),
    ],
    background: true,
    getBackgroundColor: (facts) => [
      255,
      255,
      255,
      Math.round(alphaFor(emphasis, emphasis?.pairings.has(facts.pairing.id) ?? true) * 0.85),
    ],
    backgroundPadding: [3, 1],
    updateTriggers: { getColor: [emphasis], getBackgroundColor: [emphasis] },
  });
}

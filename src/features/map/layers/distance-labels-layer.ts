import { TextLayer } from '@deck.gl/layers';
import { formatDistanceShort } from '../../../domain/format';
import type { LabelLayout } from '../label-layout';
import { alphaFor, type Emphasis } from './emphasis';
import { AS_PLACED, INK, LABEL_FONT } from './label-style';
import { LAYER_IDS } from './layer-ids';

type Distance = LabelLayout['distances'][number];

/**
 * Each pairing's length on its line (the middle if free) or beside it, where the layout found
 * room.
 */
export function createDistanceLabelsLayer(
  distances: readonly Distance[],
  emphasis: Emphasis | null,
) {
  const alpha = ({ facts }: Distance) =>
    alphaFor(emphasis, emphasis?.pairings.has(facts.pairing.id) ?? true);
  return new TextLayer<Distance>({
    id: LAYER_IDS.distanceLabels,
    data: distances,
    visible: distances.length > 0,
    getPosition: ({ placed }) => [placed.lon, placed.lat],
    getText: ({ facts }) => formatDistanceShort(facts.distanceKm, facts.distanceMiles),
    ...AS_PLACED,
    ...LABEL_FONT,
    getColor: (distance) => [...INK, alpha(distance)],
    outlineColor: [255, 255, 255, 230],
    updateTriggers: { getColor: [emphasis] },
  });
}

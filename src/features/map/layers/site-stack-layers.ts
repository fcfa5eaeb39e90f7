import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { SiteStack } from '../../../domain/stacks';
import { stackRadius } from '../marker-sizes';
import { alphaFor, type Emphasis } from './emphasis';
import { LAYER_IDS } from './layer-ids';

/** Ink with a white rim: a stack reads as "several here", never as a vendor colour. */
const STACK_FILL: [number, number, number] = [27, 31, 36];

/** One marker with a count where sites would overlap at this zoom; a click zooms in to open it. */
export function createSiteStackLayers(
  stacks: SiteStack[],
  visible: boolean,
  emphasis: Emphasis | null,
) {
  const related = (stack: SiteStack) =>
    emphasis === null ||
    stack.members.some(({ organisation }) => emphasis.organisations.has(organisation.id));
  return [
    new ScatterplotLayer<SiteStack>({
      id: LAYER_IDS.siteStacks,
      data: stacks,
      visible: visible && stacks.length > 0,
      pickable: true,
      getPosition: ({ lon, lat }) => [lon, lat],
      radiusUnits: 'pixels',
      getRadius: stackRadius,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 2.5,
      getFillColor: (stack) => [...STACK_FILL, alphaFor(emphasis, related(stack))],
      getLineColor: [255, 255, 255],
      updateTriggers: { getFillColor: [emphasis] },
    }),
    new TextLayer<SiteStack>({
      id: LAYER_IDS.siteStackCounts,
      data: stacks,
      visible: visible && stacks.length > 0,
      getPosition: ({ lon, lat }) => [lon, lat],
      getText: ({ members }) => String(members.length),
      getSize: 13,
      getColor: [255, 255, 255],
      fontWeight: 700,
      characterSet: '0123456789',
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      pickable: false,
    }),
  ];
}

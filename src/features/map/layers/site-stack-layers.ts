import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { IconLayer, TextLayer } from '@deck.gl/layers';
import type { SiteStack } from '../../../domain/stacks';
import { stackRadius } from '../marker-sizes';
import { SHAPE_FILL, sharedSiteIconAtlas, type SiteIconAtlas } from '../site-icon-atlas';
import { alphaFor, type Emphasis } from './emphasis';
import { SITE_EXTENSIONS, showOnly } from './gpu-filter';
import { LAYER_IDS } from './layer-ids';

/** Ink with a white rim: a stack reads as "several here", never as a vendor colour. */
const STACK_FILL: [number, number, number] = [27, 31, 36];
const STACK_RIM: [number, number, number, number] = [255, 255, 255, 255];
/** The rim's width in pixels, centred on the stack's radius. */
const RIM_WIDTH = 2.5;

/** The icon size whose circle has this radius in pixels. */
const circleSize = (radius: number) => (2 * radius) / SHAPE_FILL;

/**
 * One marker with a count where sites would overlap at this zoom; a click zooms in to open it.
 * The discs are the sites' circle icon, a white one under an ink one, so the first frame compiles
 * no shader program beyond the sites' own (a scatterplot's program cost SwiftShader about
 * 0.5 s of a cold start).
 */
export function createSiteStackLayers(
  stacks: SiteStack[],
  visible: boolean,
  emphasis: Emphasis | null,
  icons: SiteIconAtlas = sharedSiteIconAtlas(),
) {
  const related = (stack: SiteStack) =>
    emphasis === null ||
    stack.members.some(({ organisation }) => emphasis.organisations.has(organisation.id));
  // The sites' extensions too, though nothing here is hidden: one shader program for both.
  const { updateTriggers: filterTriggers, ...filter } = showOnly(stacks, null);
  const common = {
    ...filter,
    extensions: SITE_EXTENSIONS,
    data: stacks,
    visible: visible && stacks.length > 0,
    iconAtlas: icons.atlas,
    iconMapping: icons.mapping,
    sizeUnits: 'pixels' as const,
    getIcon: () => 'acute' as const,
    getPosition: ({ lon, lat }: SiteStack): [number, number] => [lon, lat],
  };
  return [
    new IconLayer<SiteStack, DataFilterExtensionProps<SiteStack>>({
      ...common,
      // The rim is the stack's outer edge, so the whole disc answers a pointer through it.
      id: LAYER_IDS.siteStacks,
      pickable: true,
      getSize: (stack) => circleSize(stackRadius(stack) + RIM_WIDTH / 2),
      getColor: STACK_RIM,
      updateTriggers: filterTriggers,
    }),
    new IconLayer<SiteStack, DataFilterExtensionProps<SiteStack>>({
      ...common,
      id: LAYER_IDS.siteStackFills,
      pickable: false,
      getSize: (stack) => circleSize(stackRadius(stack) - RIM_WIDTH / 2),
      getColor: (stack) => [...STACK_FILL, alphaFor(emphasis, related(stack))],
      updateTriggers: { ...filterTriggers, getColor: [emphasis] },
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

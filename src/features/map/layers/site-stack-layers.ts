import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { IconLayer, TextLayer } from '@deck.gl/layers';
import type { SiteStack } from '../../../domain/stacks';
import { stackRadius } from '../marker-sizes';
import { SHAPE_FILL, sharedSiteIconAtlas, type SiteIconAtlas } from '../site-icon-atlas';
import { alphaFor, type Emphasis } from './emphasis';
import { SITE_EXTENSIONS, showOnly } from './gpu-filter';
import { LAYER_IDS } from './layer-ids';
import { isRim, rimsThenFills } from './rims-under-fills';

/** Ink with a white rim: a stack reads as "several here", never as a vendor colour. */
const STACK_FILL: [number, number, number] = [27, 31, 36];
const STACK_RIM: [number, number, number, number] = [255, 255, 255, 255];
/** The rim's width in pixels, centred on the stack's radius. */
const RIM_WIDTH = 2.5;

/** The icon size whose circle has this radius in pixels. */
const circleSize = (radius: number) => (2 * radius) / SHAPE_FILL;

/**
 * One marker with a count where sites would overlap at this zoom; a click zooms in to open it.
 * The disc is the sites' circle icon, a white one under an ink one, in one layer (the rims first),
 * so the first frame compiles no shader program beyond the sites' own (a scatterplot's program
 * cost SwiftShader about 0.5 s of a cold start) and each frame draws it in one call.
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
  const count = stacks.length;
  const shown = visible && count > 0;
  return [
    new IconLayer<SiteStack, DataFilterExtensionProps<SiteStack>>({
      ...filter,
      extensions: SITE_EXTENSIONS,
      // The rim is the stack's outer edge, so the whole disc answers a pointer through it.
      id: LAYER_IDS.siteStacks,
      data: rimsThenFills(stacks),
      visible: shown,
      pickable: true,
      iconAtlas: icons.atlas,
      iconMapping: icons.mapping,
      sizeUnits: 'pixels',
      getIcon: () => 'acute',
      getPosition: ({ lon, lat }) => [lon, lat],
      getSize: (stack, { index }) =>
        circleSize(stackRadius(stack) + ((isRim(index, count) ? 1 : -1) * RIM_WIDTH) / 2),
      getColor: (stack, { index }) =>
        isRim(index, count) ? STACK_RIM : [...STACK_FILL, alphaFor(emphasis, related(stack))],
      updateTriggers: { ...filterTriggers, getColor: [emphasis] },
    }),
    new TextLayer<SiteStack>({
      id: LAYER_IDS.siteStackCounts,
      data: stacks,
      visible: shown,
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

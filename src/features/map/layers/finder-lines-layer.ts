import type { DataFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { FinderLine } from '../../../domain/finder/finder-lines';
import { FINDER_STYLES, SELECTION_COLOUR } from '../../../theme/colours';
import { LINE_EXTENSIONS, showOnly } from './gpu-filter';
import { LAYER_IDS } from './layer-ids';

/**
 * The partner finder's what-if lines, over the real pairings: dashed teal to the top candidates,
 * thicker to the actual partner, solid magenta for a suggested plan; the one pointed at in
 * orange.
 */
export function createFinderLinesLayer(lines: readonly FinderLine[], hovered: string | null) {
  const filter = showOnly(lines, null);
  return new PathLayer<
    FinderLine,
    PathStyleExtensionProps<FinderLine> & DataFilterExtensionProps<FinderLine>
  >({
    ...filter,
    id: LAYER_IDS.finderLines,
    data: lines,
    visible: lines.length > 0,
    pickable: true,
    widthUnits: 'pixels',
    capRounded: true,
    getPath: ({ from, to }) => [from, to],
    getColor: ({ id, kind }) =>
      id === hovered ? [...SELECTION_COLOUR, 255] : [...FINDER_STYLES[kind].colour, 235],
    getWidth: ({ id, kind }) => FINDER_STYLES[kind].width + (id === hovered ? 2 : 0),
    getDashArray: ({ kind }) => FINDER_STYLES[kind].dash,
    dashJustified: true,
    extensions: LINE_EXTENSIONS,
    updateTriggers: { ...filter.updateTriggers, getColor: [hovered], getWidth: [hovered] },
  });
}

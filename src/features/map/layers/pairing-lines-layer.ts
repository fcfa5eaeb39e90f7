import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { PairingFacts } from '../../../domain/derive-facts';
import type { LineColouring } from '../../../domain/view/view-state';
import {
  MUTED_LINE,
  SELECTION_COLOUR,
  STATUS_STYLES,
  vendorColour,
  type Rgb,
} from '../../../theme/colours';
import { alphaFor, type Emphasis } from './emphasis';
import { LAYER_IDS } from './layer-ids';

const dashes = new PathStyleExtension({ dash: true });

type Path = [[number, number], [number, number]];
/**
 * A pairing's two ends, made once per pairing: a filter at national scale hands the layer 50,000
 * rows again, and new arrays for each would be made and thrown away every time.
 */
const paths = new WeakMap<PairingFacts, Path>();
function pathOf(facts: PairingFacts): Path {
  let path = paths.get(facts);
  if (path === undefined) {
    const { gde, ff } = facts;
    path = [
      [gde.organisation.lon, gde.organisation.lat],
      [ff.organisation.lon, ff.organisation.lat],
    ];
    paths.set(facts, path);
  }
  return path;
}

export function createPairingLinesLayer(
  pairings: PairingFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
  colouring: LineColouring,
) {
  const baseColour = (facts: PairingFacts): [...Rgb, number] => {
    const related = emphasis?.pairings.has(facts.pairing.id) ?? true;
    if (colouring === 'platform') {
      // Shared platform in the vendor's colour; everything else steps back.
      return facts.pairing.sameCoreSystem === 'yes'
        ? [...vendorColour(facts.gde.organisation.coreVendor), alphaFor(emphasis, related)]
        : [...MUTED_LINE, Math.min(140, alphaFor(emphasis, related))];
    }
    return [...STATUS_STYLES[facts.pairing.status].colour, alphaFor(emphasis, related)];
  };
  return new PathLayer<PairingFacts, PathStyleExtensionProps<PairingFacts>>({
    id: LAYER_IDS.pairingLines,
    data: pairings,
    visible,
    pickable: true,
    widthUnits: 'pixels',
    capRounded: true,
    getPath: pathOf,
    // Every line is open and two points long, so deck.gl need not check each one for a loop.
    _pathType: 'open',
    getColor: (facts) =>
      facts.pairing.id === selectedId ? [...SELECTION_COLOUR, 255] : baseColour(facts),
    getWidth: ({ pairing }) =>
      STATUS_STYLES[pairing.status].width + (pairing.id === selectedId ? 3 : 0),
    getDashArray: ({ pairing }) => STATUS_STYLES[pairing.status].dash,
    dashJustified: true,
    extensions: [dashes],
    updateTriggers: { getColor: [selectedId, emphasis, colouring], getWidth: [selectedId] },
  });
}

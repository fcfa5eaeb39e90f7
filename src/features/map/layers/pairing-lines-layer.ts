import type { GetPickingInfoParams, PickingInfo } from '@deck.gl/core';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { PairingFacts } from '../../../domain/derive-facts';
import type { LineColouring } from '../../../domain/view/view-state';
import { MUTED_LINE, SELECTION_COLOUR, STATUS_STYLES, vendorColour } from '../../../theme/colours';
import { DIMMED_OPACITY, type Emphasis } from './emphasis';
import { LAYER_IDS } from './layer-ids';

const dashes = new PathStyleExtension({ dash: true });

/** Each line has two ends; every per-line value is written once for each. */
const ENDS = 2;

/**
 * The lines as typed arrays, filled in one pass over the pairings: deck.gl then uploads them as
 * they are, where accessors would cost it a call and a small array per line and end (at national
 * scale, 50,000 lines on every filter and selection).
 */
export interface PairingLineBuffers {
  length: number;
  startIndices: Uint32Array;
  attributes: {
    getPath: { value: Float64Array; size: 2 };
    getColor: { value: Uint8Array; size: 4 };
    getWidth: { value: Float32Array; size: 1 };
    getDashArray: { value: Float32Array; size: 2 };
    /** Which line each end belongs to, for picking: given, deck.gl need not ask per end. */
    rowIndexes: Uint32Array;
  };
  /** The pairing drawn as each line, for picking and tooltips. */
  rows: readonly PairingFacts[];
}

function pairingLineBuffers(
  pairings: readonly PairingFacts[],
  colouring: LineColouring,
  selectedId: string | null = null,
): PairingLineBuffers {
  const count = pairings.length;
  const startIndices = new Uint32Array(count);
  const path = new Float64Array(count * ENDS * 2);
  const colour = new Uint8Array(count * ENDS * 4);
  const width = new Float32Array(count * ENDS);
  const dash = new Float32Array(count * ENDS * 2);
  const rowIndexes = new Uint32Array(count * ENDS);
  // A line's colour is one of a few (by status or vendor), each made once.
  const made = new Map<string, readonly number[]>();
  const colourFor = (key: string, make: () => readonly number[]) => {
    let found = made.get(key);
    if (found === undefined) {
      found = make();
      made.set(key, found);
    }
    return found;
  };
  const selected = [...SELECTION_COLOUR, 255];
  const lineColour = ({ pairing, gde }: PairingFacts): readonly number[] => {
    if (pairing.id === selectedId) return selected;
    if (colouring === 'platform') {
      // Shared platform in the vendor's colour; everything else steps back.
      const vendor = gde.organisation.coreVendor;
      return pairing.sameCoreSystem === 'yes'
        ? colourFor(vendor, () => [...vendorColour(vendor), 255])
        : colourFor('', () => [...MUTED_LINE, 140]);
    }
    return colourFor(pairing.status, () => [...STATUS_STYLES[pairing.status].colour, 255]);
  };
  let index = 0;
  for (const facts of pairings) {
    const { gde, ff, pairing } = facts;
    const style = STATUS_STYLES[pairing.status];
    const [red = 0, green = 0, blue = 0, alpha = 0] = lineColour(facts);
    const [dashOn = 0, dashOff = 0] = style.dash;
    const lineWidth = style.width + (pairing.id === selectedId ? 3 : 0);
    const first = index * ENDS;
    startIndices[index] = first;
    path[first * 2] = gde.organisation.lon;
    path[first * 2 + 1] = gde.organisation.lat;
    path[first * 2 + 2] = ff.organisation.lon;
    path[first * 2 + 3] = ff.organisation.lat;
    for (let vertex = first; vertex < first + ENDS; vertex += 1) {
      colour[vertex * 4] = red;
      colour[vertex * 4 + 1] = green;
      colour[vertex * 4 + 2] = blue;
      colour[vertex * 4 + 3] = alpha;
      width[vertex] = lineWidth;
      dash[vertex * 2] = dashOn;
      dash[vertex * 2 + 1] = dashOff;
      rowIndexes[vertex] = index;
    }
    index += 1;
  }
  return {
    length: count,
    startIndices,
    attributes: {
      getPath: { value: path, size: 2 },
      getColor: { value: colour, size: 4 },
      getWidth: { value: width, size: 1 },
      getDashArray: { value: dash, size: 2 },
      rowIndexes,
    },
    rows: pairings,
  };
}

/** A path layer over typed arrays that still hands a pointed-at line's pairing to tooltips and clicks. */
class PairingLinesLayer extends PathLayer<PairingFacts, PathStyleExtensionProps<PairingFacts>> {
  static override layerName = 'PairingLinesLayer';

  override getPickingInfo(params: GetPickingInfoParams): PickingInfo {
    const info = super.getPickingInfo(params);
    const { rows } = this.props.data as unknown as PairingLineBuffers;
    return info.index >= 0 ? { ...info, object: rows[info.index] } : info;
  }
}

/**
 * The lower layer's lines, kept for as long as the pairings and the colouring stay: the same
 * buffers tell deck.gl that nothing but the opacity changed when a selection comes or goes.
 */
const kept = new WeakMap<readonly PairingFacts[], Map<LineColouring, PairingLineBuffers>>();
function linesFor(pairings: readonly PairingFacts[], colouring: LineColouring) {
  let byColouring = kept.get(pairings);
  if (byColouring === undefined) {
    byColouring = new Map<LineColouring, PairingLineBuffers>();
    kept.set(pairings, byColouring);
  }
  let buffers = byColouring.get(colouring);
  if (buffers === undefined) {
    buffers = pairingLineBuffers(pairings, colouring);
    byColouring.set(colouring, buffers);
  }
  return buffers;
}

function linesLayer(
  id: string,
  buffers: PairingLineBuffers,
  { visible, pickable, opacity }: { visible: boolean; pickable: boolean; opacity: number },
) {
  return new PairingLinesLayer({
    id,
    // deck.gl types binary data loosely; the buffers above are what PathLayer reads.
    data: buffers as unknown as PairingFacts[],
    visible,
    pickable,
    opacity,
    widthUnits: 'pixels',
    capRounded: true,
    _pathType: 'open',
    positionFormat: 'XY',
    dashJustified: true,
    extensions: [dashes],
  });
}

/**
 * Every pairing line, and the pairings a selection or a pointer emphasises drawn again on top.
 * Emphasis dims the whole lower layer with one opacity setting, so a selection at national scale
 * redraws a handful of lines rather than recolouring 50,000. The top layer is not pickable: the
 * line under the pointer is the same pairing in the layer below.
 */
export function createPairingLinesLayer(
  pairings: PairingFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
  colouring: LineColouring,
) {
  const all = linesFor(pairings, colouring);
  const emphasised =
    emphasis === null && selectedId === null
      ? []
      : pairings.filter(
          ({ pairing }) => pairing.id === selectedId || emphasis?.pairings.has(pairing.id),
        );
  return [
    linesLayer(LAYER_IDS.pairingLines, all, {
      visible,
      pickable: true,
      opacity: emphasis === null ? 1 : DIMMED_OPACITY,
    }),
    linesLayer(LAYER_IDS.emphasisedLines, pairingLineBuffers(emphasised, colouring, selectedId), {
      visible: visible && emphasised.length > 0,
      pickable: false,
      opacity: 1,
    }),
  ];
}

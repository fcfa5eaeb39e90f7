import type { GetPickingInfoParams, PickingInfo } from '@deck.gl/core';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { PairingFacts } from '../../../domain/derive-facts';
import type { LineColouring } from '../../../domain/view/view-state';
import { MUTED_LINE, SELECTION_COLOUR, STATUS_STYLES, vendorColour } from '../../../theme/colours';
import { alphaFor, type Emphasis } from './emphasis';
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
  };
  /** The pairing drawn as each line, for picking and tooltips. */
  rows: readonly PairingFacts[];
}

export function pairingLineBuffers(
  pairings: readonly PairingFacts[],
  selectedId: string | null,
  emphasis: Emphasis | null,
  colouring: LineColouring,
): PairingLineBuffers {
  const count = pairings.length;
  const startIndices = new Uint32Array(count);
  const path = new Float64Array(count * ENDS * 2);
  const colour = new Uint8Array(count * ENDS * 4);
  const width = new Float32Array(count * ENDS);
  const dash = new Float32Array(count * ENDS * 2);
  // A line's colour is one of a few: each is made once, by what it depends on (status or vendor)
  // and whether the emphasis includes the line.
  const made = new Map<string, [related: readonly number[], other: readonly number[]]>();
  const colourFor = (key: string, related: boolean, make: (alpha: number) => readonly number[]) => {
    let pair = made.get(key);
    if (pair === undefined) {
      pair = [make(alphaFor(emphasis, true)), make(alphaFor(emphasis, false))];
      made.set(key, pair);
    }
    return related ? pair[0] : pair[1];
  };
  const selected = [...SELECTION_COLOUR, 255];
  const lineColour = (facts: PairingFacts): readonly number[] => {
    const { pairing } = facts;
    if (pairing.id === selectedId) return selected;
    const related = emphasis === null || emphasis.pairings.has(pairing.id);
    if (colouring === 'platform') {
      // Shared platform in the vendor's colour; everything else steps back.
      const vendor = facts.gde.organisation.coreVendor;
      return pairing.sameCoreSystem === 'yes'
        ? colourFor(vendor, related, (alpha) => [...vendorColour(vendor), alpha])
        : colourFor('', related, (alpha) => [...MUTED_LINE, Math.min(140, alpha)]);
    }
    return colourFor(pairing.status, related, (alpha) => [
      ...STATUS_STYLES[pairing.status].colour,
      alpha,
    ]);
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

export function createPairingLinesLayer(
  pairings: PairingFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
  colouring: LineColouring,
) {
  return new PairingLinesLayer({
    id: LAYER_IDS.pairingLines,
    // deck.gl types binary data loosely; the buffers above are what PathLayer reads.
    data: pairingLineBuffers(
      pairings,
      selectedId,
      emphasis,
      colouring,
    ) as unknown as PairingFacts[],
    visible,
    pickable: true,
    widthUnits: 'pixels',
    capRounded: true,
    // Every line is open and two points long, so deck.gl need not check each one for a loop.
    _pathType: 'open',
    positionFormat: 'XY',
    dashJustified: true,
    extensions: [dashes],
  });
}

import type { GetPickingInfoParams, PickingInfo } from '@deck.gl/core';
import type { DataFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { PairingFacts } from '../../../domain/derive-facts';
import type { PairingStatus } from '../../../domain/model';
import type { LineColouring } from '../../../domain/view/view-state';
import { MUTED_LINE, SELECTION_COLOUR, STATUS_STYLES, vendorColour } from '../../../theme/colours';
import { DIMMED_OPACITY, type Emphasis } from './emphasis';
import { LINE_EXTENSIONS, showOnly } from './gpu-filter';
import { LAYER_IDS } from './layer-ids';

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

/** How one kind of line is drawn, worked out once per kind rather than once per line. */
interface LineLook {
  red: number;
  green: number;
  blue: number;
  alpha: number;
  width: number;
  dashOn: number;
  dashOff: number;
}

function lineLook(
  colour: readonly number[],
  alpha: number,
  status: PairingStatus,
  selected: boolean,
): LineLook {
  const style = STATUS_STYLES[status];
  const [red = 0, green = 0, blue = 0] = colour;
  const [dashOn = 0, dashOff = 0] = style.dash;
  return { red, green, blue, alpha, width: style.width + (selected ? 3 : 0), dashOn, dashOff };
}

/**
 * The look of each line, from a few kinds (status, or vendor when shared) each made once. A line
 * costs one lookup by a short key: at national scale, property lookups by name per line were most
 * of the time these buffers took.
 */
function lineLooks(colouring: LineColouring, selectedId: string | null) {
  const made = new Map<string, LineLook>();
  return ({ pairing, gde }: PairingFacts): LineLook => {
    const selected = pairing.id === selectedId;
    const vendor = gde.organisation.coreVendor;
    const shared = colouring === 'platform' && pairing.sameCoreSystem === 'yes';
    const key = selected
      ? `!${pairing.status}`
      : shared
        ? `${pairing.status}|${vendor}`
        : colouring === 'platform'
          ? `${pairing.status}|`
          : pairing.status;
    let look = made.get(key);
    if (look === undefined) {
      if (selected) look = lineLook(SELECTION_COLOUR, 255, pairing.status, true);
      // By platform: shared platforms in the vendor's colour; everything else steps back.
      else if (shared) look = lineLook(vendorColour(vendor), 255, pairing.status, false);
      else if (colouring === 'platform') look = lineLook(MUTED_LINE, 140, pairing.status, false);
      else look = lineLook(STATUS_STYLES[pairing.status].colour, 255, pairing.status, false);
      made.set(key, look);
    }
    return look;
  };
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
  const lookOf = lineLooks(colouring, selectedId);
  for (let index = 0; index < count; index += 1) {
    const facts = pairings[index];
    if (facts === undefined) continue;
    const look = lookOf(facts);
    const first = index * ENDS;
    startIndices[index] = first;
    path[first * 2] = facts.gde.organisation.lon;
    path[first * 2 + 1] = facts.gde.organisation.lat;
    path[first * 2 + 2] = facts.ff.organisation.lon;
    path[first * 2 + 3] = facts.ff.organisation.lat;
    for (let vertex = first; vertex < first + ENDS; vertex += 1) {
      colour[vertex * 4] = look.red;
      colour[vertex * 4 + 1] = look.green;
      colour[vertex * 4 + 2] = look.blue;
      colour[vertex * 4 + 3] = look.alpha;
      width[vertex] = look.width;
      dash[vertex * 2] = look.dashOn;
      dash[vertex * 2 + 1] = look.dashOff;
      rowIndexes[vertex] = index;
    }
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
class PairingLinesLayer extends PathLayer<
  PairingFacts,
  PathStyleExtensionProps<PairingFacts> & DataFilterExtensionProps<PairingFacts>
> {
  static override layerName = 'PairingLinesLayer';

  override getPickingInfo(params: GetPickingInfoParams): PickingInfo {
    const info = super.getPickingInfo(params);
    const { rows } = this.props.data as unknown as PairingLineBuffers;
    return info.index >= 0 ? { ...info, object: rows[info.index] } : info;
  }
}

/** The top layer's lines while nothing is emphasised: the same empty data, so no update. */
const NO_LINES = pairingLineBuffers([], 'status');

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
  kept: readonly PairingFacts[] | null,
) {
  return new PairingLinesLayer({
    ...showOnly(buffers.rows, kept),
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
    extensions: LINE_EXTENSIONS,
  });
}

/**
 * Every pairing line, and the pairings a selection or a pointer emphasises drawn again on top.
 * Emphasis dims the whole lower layer with one opacity setting, so a selection at national scale
 * redraws a handful of lines rather than recolouring 50,000. The top layer is not pickable: the
 * line under the pointer is the same pairing in the layer below. Given `every` pairing, the
 * lower layer keeps all their lines and hides those the filters leave out on the GPU.
 */
export function createPairingLinesLayer(
  pairings: PairingFacts[],
  visible: boolean,
  selectedId: string | null,
  emphasis: Emphasis | null,
  colouring: LineColouring,
  every: readonly PairingFacts[] = pairings,
) {
  const all = linesFor(every, colouring);
  const emphasised =
    emphasis === null && selectedId === null
      ? []
      : pairings.filter(
          ({ pairing }) => pairing.id === selectedId || emphasis?.pairings.has(pairing.id),
        );
  return [
    linesLayer(
      LAYER_IDS.pairingLines,
      all,
      {
        visible,
        pickable: true,
        opacity: emphasis === null ? 1 : DIMMED_OPACITY,
      },
      pairings,
    ),
    linesLayer(
      LAYER_IDS.emphasisedLines,
      emphasised.length === 0 ? NO_LINES : pairingLineBuffers(emphasised, colouring, selectedId),
      {
        visible: visible && emphasised.length > 0,
        pickable: false,
        opacity: 1,
      },
      null,
    ),
  ];
}

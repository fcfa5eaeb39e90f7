import { ScatterplotLayer } from '@deck.gl/layers';
import type { OrganisationFacts } from '../../../domain/derive-facts';
import { LAYER_IDS } from './layer-ids';

/** GOV.UK's focus yellow over a dark halo: the keyboard cursor stands out on any basemap. */
const CURSOR_FILL: [number, number, number, number] = [255, 221, 0, 0];
const CURSOR_RING: [number, number, number] = [255, 221, 0];

/** A ring around the site the in-view list has focus on, so keyboard users see where it is. */
export function createKeyboardCursorLayer(focused: OrganisationFacts | null) {
  return new ScatterplotLayer<OrganisationFacts>({
    id: LAYER_IDS.keyboardCursor,
    data: focused === null ? [] : [focused],
    visible: focused !== null,
    getPosition: ({ organisation }) => [organisation.lon, organisation.lat],
    radiusUnits: 'pixels',
    getRadius: 16,
    stroked: true,
    filled: true,
    getFillColor: CURSOR_FILL,
    getLineColor: CURSOR_RING,
    lineWidthUnits: 'pixels',
    getLineWidth: 5,
    pickable: false,
  });
}

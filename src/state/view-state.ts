import type { BoundaryLayerId } from '../domain/geo/boundaries';

export type Selection =
  { kind: 'pairing'; id: string } | { kind: 'organisation'; id: string } | null;

export type BoundaryChoice = BoundaryLayerId | 'none';

export interface ViewState {
  selection: Selection;
  boundaryLayer: BoundaryChoice;
  showLines: boolean;
  showSites: boolean;
  showDistanceLabels: boolean;
}

export const INITIAL_VIEW_STATE: ViewState = {
  selection: null,
  boundaryLayer: 'icb',
  showLines: true,
  showSites: true,
  showDistanceLabels: true,
};

export type LayerToggle = 'showLines' | 'showSites' | 'showDistanceLabels';

export type ViewAction =
  | { type: 'select'; selection: Selection }
  | { type: 'set-boundary-layer'; layer: BoundaryChoice }
  | { type: 'set-layer-visible'; layer: LayerToggle; visible: boolean };

export function viewStateReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      return { ...state, selection: action.selection };
    case 'set-boundary-layer':
      return { ...state, boundaryLayer: action.layer };
    case 'set-layer-visible':
      return { ...state, [action.layer]: action.visible };
  }
}

import type { LayersList, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

export interface DeckOverlayProps {
  map: MaplibreMap;
  layers: LayersList;
  getTooltip: (info: PickingInfo) => string | null;
  onClick: (info: PickingInfo) => void;
  onHover?: (info: PickingInfo) => void;
  onAfterRender: () => void;
}

/** Owns one MapboxOverlay on the map (interleaved into MapLibre's WebGL context) and feeds it props. */
export function DeckOverlay({
  map,
  layers,
  getTooltip,
  onClick,
  onHover,
  onAfterRender,
}: DeckOverlayProps) {
  const overlay = useRef<MapboxOverlay | null>(null);

  useEffect(() => {
    // React's StrictMode mounts twice: two overlays then race to attach to the same WebGL
    // context, and without reuse the second attach throws.
    const created = new MapboxOverlay({ interleaved: true, deviceProps: { _reuseDevices: true } });
    overlay.current = created;
    map.addControl(created);
    return () => {
      overlay.current = null;
      map.removeControl(created);
    };
  }, [map]);

  useEffect(() => {
    overlay.current?.setProps({ layers, getTooltip, onClick, onHover, onAfterRender });
  }, [layers, getTooltip, onClick, onHover, onAfterRender]);

  // deck.gl takes new layers in its own animation frame and only then asks MapLibre to repaint,
  // which lands a frame later. Asking now puts MapLibre's frame just after deck.gl's, so a filter
  // or a selection is drawn in the next frame rather than the one after.
  useEffect(() => {
    map.triggerRepaint();
  }, [map, layers]);

  return null;
}

import type { FilterContext, LayersList, PickingInfo } from '@deck.gl/core';
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
  layerFilter?: (context: FilterContext) => boolean;
}

/**
 * A click is a press and release that barely moves, however long it lasts, as for the browser and
 * MapLibre. deck.gl's default also requires the release within 250 ms of the press, and it measures
 * that after its own pick on the press: where WebGL is drawn in software, that pick alone can take
 * longer, and then no click on the map selects anything.
 */
const CLICK_RECOGNIZER = { click: { time: Number.POSITIVE_INFINITY } };

/** Owns one MapboxOverlay on the map (interleaved into MapLibre's WebGL context) and feeds it props. */
export function DeckOverlay({
  map,
  layers,
  getTooltip,
  onClick,
  onHover,
  onAfterRender,
  layerFilter,
}: DeckOverlayProps) {
  const overlay = useRef<MapboxOverlay | null>(null);

  useEffect(() => {
    // React's StrictMode mounts twice: two overlays then race to attach to the same WebGL
    // context, and without reuse the second attach throws.
    const created = new MapboxOverlay({
      interleaved: true,
      deviceProps: { _reuseDevices: true },
      eventRecognizerOptions: CLICK_RECOGNIZER,
    });
    overlay.current = created;
    map.addControl(created);
    return () => {
      overlay.current = null;
      map.removeControl(created);
    };
  }, [map]);

  useEffect(() => {
    overlay.current?.setProps({ layers, getTooltip, onClick, onHover, onAfterRender, layerFilter });
  }, [layers, getTooltip, onClick, onHover, onAfterRender, layerFilter]);

  // deck.gl takes new layers in its own animation frame and only then asks MapLibre to repaint,
  // which lands a frame later. Asking now puts MapLibre's frame just after deck.gl's, so a filter
  // or a selection is drawn in the next frame rather than the one after.
  useEffect(() => {
    map.triggerRepaint();
    // deck.gl's widgets read where the canvas sits on the page in every frame. Read here first, so
    // the page changes this render made are laid out now, before the frame, and not in it.
    map.getCanvasContainer().getBoundingClientRect();
  }, [map, layers, layerFilter]);

  return null;
}

import { Layer, type LayersList } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FeatureCollection } from 'geojson';
import type { Bounds } from '../../../state/selection-bounds';
import { basemapStyle } from '../basemap-style';
import maplibregl from '../maplibre';

/** Frames drawn after every layer reports itself loaded, and the most to wait for that. */
const SETTLE_FRAMES = 2;
const MAX_FRAMES = 240;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Draws a still map into `container` for an image: its own MapLibre map and deck.gl overlay at
 * exactly the container's pixel size, with a drawing buffer that can be read back.
 * Resolves once the basemap is idle and deck.gl has drawn the layers; returns the cleanup.
 */
export async function drawSlideMap(
  container: HTMLElement,
  {
    bounds,
    land,
    layers: layersAt,
  }: {
    bounds: Bounds;
    land: FeatureCollection | null;
    /** The layers for the zoom the image comes out at (labels are laid out for it). */
    layers: (zoom: number) => LayersList;
  },
): Promise<() => void> {
  const map = new maplibregl.Map({
    container,
    style: basemapStyle(land),
    bounds,
    fitBoundsOptions: { padding: 8 },
    interactive: false,
    attributionControl: false,
    pixelRatio: 1,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  let drawn: () => void = () => undefined;
  const overlay = new MapboxOverlay({
    interleaved: true,
    deviceProps: { _reuseDevices: true },
    onAfterRender: () => drawn(),
  });
  const nextDeckFrame = () =>
    new Promise<void>((resolve) => {
      drawn = resolve;
      map.triggerRepaint();
    });
  const cleanup = () => map.remove();
  try {
    await map.once('load');
    map.addControl(overlay);
    // Layers given before deck.gl has its WebGL device lose their image textures (the site
    // icons): wait for the first frame, then add them. Their textures arrive a few frames later,
    // so keep drawing until every layer says it is loaded.
    await nextDeckFrame();
    const layers = layersAt(map.getZoom());
    overlay.setProps({ layers });
    const loaded = () => layers.every((layer) => !(layer instanceof Layer) || layer.isLoaded);
    for (let frame = 0; frame < MAX_FRAMES && !loaded(); frame += 1) await nextDeckFrame();
    for (let frame = 0; frame < SETTLE_FRAMES; frame += 1) await nextDeckFrame();
    if (!map.loaded()) await map.once('idle');
    await nextFrame();
    return cleanup;
  } catch (error) {
    cleanup();
    throw error;
  }
}

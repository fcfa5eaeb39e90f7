/**
 * The floor of the atlas's stack, for the benchmark: MapLibre (the same CSP build) with a deck.gl
 * overlay drawing the same sites and pairing lines on the same land-and-sea basemap. No React and
 * no app code; the data arrive pre-parsed as JSON, so this is the least any page can do.
 */
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FeatureCollection } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import 'maplibre-gl/dist/maplibre-gl.css';

export interface BareData {
  land: FeatureCollection;
  sites: [number, number][];
  lines: [number, number][][];
}

maplibregl.setWorkerUrl(workerUrl);

const dataUrl = new URLSearchParams(location.search).get('data') ?? 'bare-data.json';

async function main() {
  const data = (await (await fetch(dataUrl)).json()) as BareData;
  performance.mark('atlas:data-ready');
  const map = new maplibregl.Map({
    container: 'map',
    style: {
      version: 8,
      sources: { land: { type: 'geojson', data: data.land } },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dbe9f4' } },
        { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f7f7f2' } },
        {
          id: 'coastline',
          type: 'line',
          source: 'land',
          paint: { 'line-color': '#8fa3b8', 'line-width': 0.8 },
        },
      ],
    },
    bounds: [-6.4, 49.9, 1.9, 55.85],
    attributionControl: false,
  });
  let loaded = false;
  map.on('load', () => {
    loaded = true;
    // As in the atlas, the first frame that counts is one drawn once the style has loaded.
    map.triggerRepaint();
  });
  const layers = (lines: [number, number][][]) => [
    new PathLayer<[number, number][]>({
      id: 'pairing-lines',
      data: lines,
      getPath: (line) => line,
      getColor: [0, 114, 178],
      getWidth: 3,
      widthUnits: 'pixels',
    }),
    new ScatterplotLayer<[number, number]>({
      id: 'sites',
      data: data.sites,
      getPosition: (site) => site,
      getFillColor: [213, 94, 0],
      getRadius: 5,
      radiusUnits: 'pixels',
    }),
  ];
  const overlay = new MapboxOverlay({
    interleaved: true,
    layers: layers(data.lines),
    onAfterRender: () => {
      if (!loaded) return;
      const root = document.documentElement;
      root.dataset.atlasReady = 'true';
      root.dataset.atlasFrames = String(Number(root.dataset.atlasFrames ?? 0) + 1);
      if (performance.getEntriesByName('atlas:first-frame').length === 0)
        performance.mark('atlas:first-frame');
    },
  });
  map.addControl(overlay);
  // The floor of an interaction: the benchmark asks for half the lines, then all, and times the frame.
  let half = false;
  window.addEventListener('bench:filter', () => {
    half = !half;
    overlay.setProps({
      layers: layers(half ? data.lines.filter((_, index) => index % 2 === 0) : data.lines),
    });
    // As the atlas does: without it, MapLibre draws deck.gl's new layers a frame later.
    map.triggerRepaint();
  });
}

void main();

import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';

// MapLibre's CSP build has the same API with its worker in a file of its own: the main thread
// parses less script and the page needs no blob: workers. Import MapLibre values from here only.
maplibregl.setWorkerUrl(workerUrl);
// The worker starts as this module is evaluated, before the app first renders (see main.tsx):
// started only when the map is made, it waited for the map's first frames, and so did the map.
maplibregl.prewarm();

export default maplibregl;

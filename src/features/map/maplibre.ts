import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';

// MapLibre's CSP build has the same API with its worker in a file of its own: the main thread
// parses less script and the page needs no blob: workers. Import MapLibre values from here only.
maplibregl.setWorkerUrl(workerUrl);
// The map's code is loaded while the data are read (see lazy-map): its workers start then,
// not when the map is made.
maplibregl.prewarm();

export default maplibregl;

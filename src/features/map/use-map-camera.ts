import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef, type Dispatch } from 'react';
import type { Camera, ViewAction } from '../../domain/view/view-state';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { coveredInsets } from '../../lib/safe-zone';
import type { MapCommands } from '../../state/map-commands-context';
import { ENGLAND_BOUNDS } from './basemap-style';
import maplibregl from './maplibre';

const PADDING = 24;

function cameraOf(map: MaplibreMap): Camera {
  const centre = map.getCenter();
  return {
    lon: Math.round(centre.lng * 1e4) / 1e4,
    lat: Math.round(centre.lat * 1e4) / 1e4,
    zoom: Math.round(map.getZoom() * 100) / 100,
  };
}

function near(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.lon - b.lon) < 2e-4 &&
    Math.abs(a.lat - b.lat) < 2e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.02
  );
}

/**
 * Two-way camera binding. The view state's camera (from a link, Back/Forward or Reset) moves the
 * map; a person moving the map, or a command such as search, writes the camera back.
 */
export function useMapCamera(
  map: MaplibreMap | null,
  camera: Camera | null,
  dispatch: Dispatch<ViewAction>,
  commandsRef: { current: MapCommands | null },
) {
  // Where the map is moving to match the state: arriving there is not written back as a new
  // camera. Any other end of a move is (also when the fence stopped the map short of it).
  const followingRef = useRef<Camera | null>(null);

  useEffect(() => {
    if (map === null) return;
    const target = camera ?? defaultCamera(map);
    if (target === null || near(cameraOf(map), target)) return;
    followingRef.current = target;
    const options = { center: [target.lon, target.lat] as [number, number], zoom: target.zoom };
    if (prefersReducedMotion()) map.jumpTo(options);
    else map.easeTo({ ...options, duration: 700 });
  }, [map, camera]);

  useEffect(() => {
    if (map === null) return;
    const onMoveEnd = () => {
      const following = followingRef.current;
      followingRef.current = null;
      if (following !== null && near(cameraOf(map), following)) return;
      dispatch({ type: 'set-camera', camera: cameraOf(map) });
    };
    map.on('moveend', onMoveEnd);
    commandsRef.current = {
      flyTo: ({ lon, lat, zoom }) => {
        // Lands the target in the middle of the part of the map no panel covers.
        const insets = coveredInsets(map.getContainer());
        const options = {
          center: [lon, lat] as [number, number],
          zoom,
          offset: [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2] as [
            number,
            number,
          ],
        };
        if (prefersReducedMotion()) map.easeTo({ ...options, duration: 0 });
        else map.flyTo({ ...options, duration: 1200 });
      },
      fitBounds: ([west, south, east, north]) => {
        map.fitBounds([west, south, east, north], {
          padding: coveredInsets(map.getContainer(), PADDING * 3),
          maxZoom: 10,
          animate: !prefersReducedMotion(),
        });
      },
      viewport: () => {
        // What a person can see: the map less the panels over it, so an image shows that part.
        const canvas = map.getContainer();
        const insets = coveredInsets(canvas);
        const width = canvas.clientWidth;
        const height = canvas.clientHeight;
        const northWest = map.unproject([insets.left, insets.top]);
        const southEast = map.unproject([width - insets.right, height - insets.bottom]);
        return {
          bounds: [northWest.lng, southEast.lat, southEast.lng, northWest.lat],
          width,
          height,
        };
      },
    };
    return () => {
      map.off('moveend', onMoveEnd);
      commandsRef.current = null;
    };
  }, [map, dispatch, commandsRef]);
}

/** The camera that shows all England in the map's current size: what "no camera" means. */
function defaultCamera(map: MaplibreMap): Camera | null {
  const fitted = map.cameraForBounds(ENGLAND_BOUNDS, {
    padding: coveredInsets(map.getContainer(), PADDING),
  });
  if (fitted?.center === undefined || fitted.zoom === undefined) return null;
  const centre = maplibregl.LngLat.convert(fitted.center);
  return { lon: centre.lng, lat: centre.lat, zoom: fitted.zoom };
}

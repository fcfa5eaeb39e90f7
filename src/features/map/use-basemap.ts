import type { FeatureCollection } from 'geojson';
import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { BasemapChoice } from '../../domain/view/view-state';
import { basemapStyle } from './basemap-style';
import { ONLINE_STYLE_TIMEOUT_MS, fetchOnlineStyle } from './online-basemap';

export type BasemapStatus =
  | { kind: 'builtin' }
  | { kind: 'loading' }
  | { kind: 'online' }
  | { kind: 'failed'; reason: string };

/**
 * Switches between the built-in basemap and the online one. Any failure of the online one (no
 * style, or tiles that will not load before the first complete frame) puts the built-in map
 * back and reports why; deck.gl's layers are re-added by the overlay on every style change.
 */
export function useBasemap(
  map: MaplibreMap | null,
  styleReady: boolean,
  choice: BasemapChoice,
  land: FeatureCollection | null,
  attempt: number,
): BasemapStatus {
  // What the current attempt came to; null while it is still loading.
  const [outcome, setOutcome] = useState<BasemapStatus | null>(null);
  // The land data only matters when the built-in style is put back: it is read then.
  const landRef = useRef(land);
  useEffect(() => {
    landRef.current = land;
  }, [land]);

  useEffect(() => {
    if (map === null || !styleReady) return;
    const builtin = () => map.setStyle(basemapStyle(landRef.current), { diff: false });
    if (choice === 'builtin') {
      if (map.getStyle().name === 'online') builtin();
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ONLINE_STYLE_TIMEOUT_MS);
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      // The built-in style going idle next must not count as the online one succeeding.
      map.off('idle', onIdle);
      map.off('error', onError);
      builtin();
      setOutcome({ kind: 'failed', reason });
    };
    function onError(event: { sourceId?: string } & Partial<MapSourceDataEvent>) {
      if (event.sourceId !== undefined) fail('its map tiles could not be loaded');
    }
    function onIdle() {
      if (settled) return;
      settled = true;
      setOutcome({ kind: 'online' });
    }
    fetchOnlineStyle(controller.signal).then(
      (style) => {
        clearTimeout(timer);
        if (controller.signal.aborted) return;
        map.on('error', onError);
        map.once('idle', onIdle);
        map.setStyle({ ...style, name: 'online' }, { diff: false });
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!controller.signal.aborted || !settled)
          fail(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      settled = true;
      controller.abort();
      clearTimeout(timer);
      map.off('error', onError);
      map.off('idle', onIdle);
      setOutcome(null);
    };
  }, [map, styleReady, choice, attempt]);

  return choice === 'builtin' ? { kind: 'builtin' } : (outcome ?? { kind: 'loading' });
}

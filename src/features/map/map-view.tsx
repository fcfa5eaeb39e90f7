import type { PickingInfo } from '@deck.gl/core';
import { useQuery } from '@tanstack/react-query';
import maplibregl, { type GeoJSONSource, type Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { landQuery } from '../../data/land-query';
import type { AtlasFacts, OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { ENGLAND_BOUNDS, LAND_SOURCE_ID, basemapStyle } from './basemap-style';
import { buildLayers, drawnLayerIds } from './build-layers';
import { DeckOverlay } from './deck-overlay';
import type { Emphasis } from './layers/emphasis';
import { LAYER_IDS } from './layers/layer-ids';
import { tooltipText } from './tooltip-text';

export interface MapViewProps {
  facts: AtlasFacts;
  boundary: BoundaryCollection | null;
  emphasis: Emphasis | null;
}

export default function MapView({ facts, boundary, emphasis }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const view = useViewState();
  const dispatch = useViewDispatch();
  const land = useQuery(landQuery);

  useEffect(() => {
    if (container.current === null) return;
    const created = new maplibregl.Map({
      container: container.current,
      style: basemapStyle(null),
      bounds: ENGLAND_BOUNDS,
      fitBoundsOptions: { padding: 16 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 12,
      minZoom: 4,
    });
    created.touchZoomRotate.disableRotation();
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
    created.on('load', () => setStyleReady(true));
    setMap(created);
    return () => {
      document.documentElement.dataset.atlasReady = 'false';
      created.remove();
    };
  }, []);

  useEffect(() => {
    if (map === null || !styleReady || !land.data) return;
    map.getSource<GeoJSONSource>(LAND_SOURCE_ID)?.setData(land.data);
  }, [map, styleReady, land.data]);

  const layers = useMemo(
    () => buildLayers(facts, boundary, view, emphasis),
    [facts, boundary, view, emphasis],
  );

  const onAfterRender = useCallback(() => {
    if (!styleReady) return;
    const root = document.documentElement;
    root.dataset.atlasLayers = drawnLayerIds(layers);
    root.dataset.atlasReady = 'true';
  }, [styleReady, layers]);

  const onClick = useCallback(
    (info: PickingInfo) => {
      if (info.layer?.id === LAYER_IDS.pairingLines && info.object) {
        dispatch({
          type: 'select',
          selection: { kind: 'pairing', id: (info.object as PairingFacts).pairing.id },
        });
      } else if (info.layer?.id === LAYER_IDS.sites && info.object) {
        const { organisation } = info.object as OrganisationFacts;
        dispatch({ type: 'select', selection: { kind: 'organisation', id: organisation.id } });
      } else {
        dispatch({ type: 'select', selection: null });
      }
    },
    [dispatch],
  );

  return (
    <div className="map-canvas" ref={container}>
      {map !== null && (
        <DeckOverlay
          map={map}
          layers={layers}
          getTooltip={tooltipText}
          onClick={onClick}
          onAfterRender={onAfterRender}
        />
      )}
    </div>
  );
}

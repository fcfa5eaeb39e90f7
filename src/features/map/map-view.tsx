import { Layer, type LayersList, type PickingInfo } from '@deck.gl/core';
import { useQuery } from '@tanstack/react-query';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { landQuery } from '../../data/land-query';
import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import type { FilteredFacts } from '../../domain/filters';
import type { AreaProperties, BoundaryCollection } from '../../domain/geo/boundaries';
import { MARKS, markOnce } from '../../lib/performance-marks';
import { coveredInsets } from '../../lib/safe-zone';
import { useMapCommands } from '../../state/map-commands-context';
import type { Selection } from '../../state/view-state';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { BasemapNotice } from './basemap-notice';
import { ENGLAND_BOUNDS, LAND_SOURCE_ID, basemapStyle } from './basemap-style';
import { buildLayers, drawnLayerIds } from './build-layers';
import { DeckOverlay } from './deck-overlay';
import type { Emphasis } from './layers/emphasis';
import { LAYER_IDS } from './layers/layer-ids';
import maplibregl from './maplibre';
import { tooltipText } from './tooltip-text';
import { useBasemap } from './use-basemap';
import { useMapCamera } from './use-map-camera';

const DEFERRED_LAYERS: readonly string[] = [
  LAYER_IDS.boundaries,
  LAYER_IDS.distanceLabels,
  LAYER_IDS.siteLabels,
];

const isDeferred = (layer: LayersList[number]) =>
  layer instanceof Layer && DEFERRED_LAYERS.includes(layer.id);

export interface MapViewProps {
  facts: FilteredFacts;
  boundary: BoundaryCollection | null;
  emphasis: Emphasis | null;
}

function selectionFromPick(info: PickingInfo, boundaryLayer: string): Selection {
  if (!info.object) return null;
  switch (info.layer?.id) {
    case LAYER_IDS.pairingLines:
      return { kind: 'pairing', id: (info.object as PairingFacts).pairing.id };
    case LAYER_IDS.sites:
      return { kind: 'organisation', id: (info.object as OrganisationFacts).organisation.id };
    case LAYER_IDS.boundaries:
      return boundaryLayer === 'none'
        ? null
        : {
            kind: 'area',
            layer: boundaryLayer as 'icb' | 'stp' | 'region',
            code: (info.object as { properties: AreaProperties }).properties.code,
          };
    default:
      return null;
  }
}

export default function MapView({ facts, boundary, emphasis }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const view = useViewState();
  const dispatch = useViewDispatch();
  const commandsRef = useMapCommands();
  const land = useQuery(landQuery);
  // The first camera comes from the link, if it has one; later ones flow through useMapCamera.
  const initialCamera = useRef(view.camera);

  useEffect(() => {
    if (container.current === null) return;
    const camera = initialCamera.current;
    const created = new maplibregl.Map({
      container: container.current,
      style: basemapStyle(null),
      ...(camera === null
        ? {
            bounds: ENGLAND_BOUNDS,
            fitBoundsOptions: { padding: coveredInsets(container.current, 24) },
          }
        : { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 12,
      minZoom: 4,
    });
    created.touchZoomRotate.disableRotation();
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
    // Shows the online basemap's credits; the built-in basemap's are in the page footer.
    created.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
    created.on('load', () => setStyleReady(true));
    setMap(created);
    return () => {
      document.documentElement.dataset.atlasReady = 'false';
      created.remove();
    };
  }, []);

  useMapCamera(map, view.camera, dispatch, commandsRef);
  const [basemapAttempt, setBasemapAttempt] = useState(0);
  const basemap = useBasemap(map, styleReady, view.basemap, land.data ?? null, basemapAttempt);

  useEffect(() => {
    if (map === null || !styleReady || !land.data) return;
    map.getSource<GeoJSONSource>(LAND_SOURCE_ID)?.setData(land.data);
  }, [map, styleReady, land.data]);

  // The first frame draws the pairings and sites only; boundaries and labels (polygon
  // tessellation, font atlases, collision passes) follow in the next frames.
  const [essentialsDrawn, setEssentialsDrawn] = useState(false);
  const layers = useMemo(() => {
    const all = buildLayers(facts, boundary, view, emphasis);
    return essentialsDrawn ? all : all.filter((layer) => !isDeferred(layer));
  }, [facts, boundary, view, emphasis, essentialsDrawn]);

  const onAfterRender = useCallback(() => {
    if (!styleReady) return;
    if (!essentialsDrawn) setEssentialsDrawn(true);
    const root = document.documentElement;
    root.dataset.atlasLayers = drawnLayerIds(layers);
    root.dataset.atlasReady = 'true';
    // Lets the benchmark tell that the map has redrawn after an interaction.
    root.dataset.atlasFrames = String(Number(root.dataset.atlasFrames ?? 0) + 1);
    markOnce(MARKS.firstFrame);
  }, [styleReady, layers, essentialsDrawn]);

  const onClick = useCallback(
    (info: PickingInfo) =>
      dispatch({ type: 'select', selection: selectionFromPick(info, view.boundaryLayer) }),
    [dispatch, view.boundaryLayer],
  );

  return (
    <div className="map-canvas" ref={container}>
      <BasemapNotice status={basemap} onRetry={() => setBasemapAttempt((count) => count + 1)} />
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

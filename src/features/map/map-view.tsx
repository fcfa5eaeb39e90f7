import { Layer, type LayersList, type PickingInfo } from '@deck.gl/core';
import { useQuery } from '@tanstack/react-query';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { landQuery } from '../../data/land-query';
import type { OrganisationFacts, PairingFacts } from '../../domain/derive-facts';
import type { FilteredFacts } from '../../domain/filters';
import type { FinderLine } from '../../domain/finder/finder-lines';
import type { AreaProperties, BoundaryCollection } from '../../domain/geo/boundaries';
import {
  moveAnnouncement,
  moveDirection,
  organisationsInView,
  type ViewBounds,
} from '../../domain/in-view';
import {
  sameStacking,
  singlesBesideStacks,
  stackBounds,
  stackOverlapping,
  type SiteStack,
} from '../../domain/stacks';
import type { Selection } from '../../domain/view/view-state';
import type { Fence } from '../../domain/view-fence';
import { MARKS, markOnce } from '../../lib/performance-marks';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { coveredInsets } from '../../lib/safe-zone';
import { sameItems } from '../../lib/same-items';
import { keepWhileSame, useStable } from '../../lib/use-stable';
import { useValueAfterFrame } from '../../lib/use-value-after-frame';
import { useFinder } from '../../state/finder-context';
import { useHighlight } from '../../state/highlight-context';
import { useMapCommands } from '../../state/map-commands-context';
import { pointBounds } from '../../state/selection-bounds';
import { useViewDispatch, useViewState } from '../../state/view-state-context';
import { BasemapNotice } from './basemap-notice';
import { ENGLAND_BOUNDS, LAND_SOURCE_ID, basemapStyle } from './basemap-style';
import { buildLayers, drawnLayerIds } from './build-layers';
import { DeckOverlay } from './deck-overlay';
import { MAX_DISTANCE_LABELS } from './distance-label-limit';
import { InViewList } from './in-view-list';
import { NO_LABELS, layOutLabels, reuseUnchangedLabels } from './label-layout';
import { createLayerCache } from './layer-cache';
import { boundaryFillFilter } from './layers/boundary-layer';
import type { Emphasis } from './layers/emphasis';
import { createKeyboardCursorLayer } from './layers/keyboard-cursor-layer';
import { LAYER_IDS } from './layers/layer-ids';
import { MapKeys } from './map-keys';
import maplibregl from './maplibre';
import { tooltipText } from './tooltip-text';
import { useBasemap } from './use-basemap';
import { useMapCamera } from './use-map-camera';

/** Drawn from the second frame on: each is a shader program or a font atlas the first can do without. */
const DEFERRED_LAYERS: readonly string[] = [
  LAYER_IDS.boundaries,
  LAYER_IDS.distanceLabels,
  LAYER_IDS.siteLabels,
  LAYER_IDS.siteStackCounts,
  LAYER_IDS.emphasisedLines,
  LAYER_IDS.finderLines,
  LAYER_IDS.keyboardCursor,
];

const isDeferred = (layer: LayersList[number]) =>
  layer instanceof Layer && DEFERRED_LAYERS.includes(layer.id);

/** Marker centres closer than this overlap (an exemplar's marker with its rim is 26 px wide). */
const STACK_DISTANCE_PX = 18;
const STACKS_UP_TO_ZOOM = 10;
/** Beyond this many sites the grouping would cost a frame on every zoom; they are drawn as they are. */
const MAX_STACKED_SITES = 2000;

export interface MapViewProps {
  facts: FilteredFacts;
  /** Every site and pairing, before filtering: the layers keep these and hide the rest. */
  every?: FilteredFacts;
  boundary: BoundaryCollection | null;
  emphasis: Emphasis | null;
  /** How far the map may be panned (from all the data, not the filtered part); null: anywhere. */
  fence: Fence | null;
  /** Where all the data lie: other data opened elsewhere are flown to. */
  extent: Fence | null;
  /** Explore mode: the map's keys, the list of what is in view and spoken moves. */
  keyboard?: boolean;
}

function sameIds(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return sameItems(a, b);
}

function boundsOf(map: MaplibreMap): ViewBounds {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
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

export default function MapView({
  facts,
  every,
  boundary,
  emphasis,
  fence,
  extent,
  keyboard = false,
}: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  // Read by the frame callback, which cannot wait for React to re-render after the style loads.
  const styleLoaded = useRef(false);
  const view = useViewState();
  const dispatch = useViewDispatch();
  const commandsRef = useMapCommands();
  const land = useQuery(landQuery);
  // The first camera comes from the link, if it has one; later ones flow through useMapCamera.
  const initialCamera = useRef(view.camera);
  const initialFence = useRef(fence);
  // The land is fetched as the app starts; when it is in, the map is made with it, so MapLibre's
  // worker cuts its tiles once, not once empty and again when the land arrives.
  const initialLand = useRef(land.data ?? null);

  // Made before the browser paints the panels, so the style and MapLibre's worker start a paint
  // sooner.
  useLayoutEffect(() => {
    if (container.current === null) return;
    const camera = initialCamera.current;
    const created = new maplibregl.Map({
      container: container.current,
      ...(initialFence.current === null ? {} : { maxBounds: initialFence.current }),
      style: basemapStyle(initialLand.current),
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
    created.on('load', () => {
      styleLoaded.current = true;
      setStyleReady(true);
      // The frame that counts as drawn is the one after the style loaded, as on the bare page.
      created.triggerRepaint();
    });
    setMap(created);
    return () => {
      styleLoaded.current = false;
      document.documentElement.dataset.atlasReady = 'false';
      created.remove();
    };
  }, []);

  useMapCamera(map, view.camera, dispatch, commandsRef);
  // The first fence is set as the map is made; a later one (other data opened) moves the camera
  // inside it with a jump, so deck.gl hears of the move and picks where the map draws.
  useEffect(() => {
    if (map === null || fence === initialFence.current) return;
    initialFence.current = fence;
    map.setMaxBounds(fence ?? undefined);
    map.jumpTo({ center: map.getCenter(), zoom: map.getZoom() });
  }, [map, fence]);
  // Data opened elsewhere (another country, another region) are fitted into view, and the fit is
  // written to the link. On the first load a camera in the link wins, and the built-in view of
  // England is left alone unless the data lie away from it altogether.
  const firstExtent = useRef(true);
  useEffect(() => {
    if (map === null || extent === null) return;
    const first = firstExtent.current;
    firstExtent.current = false;
    if (first && initialCamera.current !== null) return;
    const shown = map.getBounds();
    const [west, south, east, north] = extent;
    const needed = first
      ? !shown.contains([(west + east) / 2, (south + north) / 2])
      : !shown.contains([west, south]) || !shown.contains([east, north]);
    if (needed) commandsRef.current?.fitBounds(extent);
  }, [map, extent, commandsRef]);

  // Each newly chosen finder organisation brings its candidate lines into view, except the one a
  // link opened at its own camera.
  const { model: finderModel } = useFinder();
  const finderChosen = finderModel?.chosen?.organisation.id ?? null;
  const finderLines = finderModel?.lines;
  const [linkedFinder] = useState(() =>
    view.camera === null ? null : (view.finder?.organisation ?? null),
  );
  const fittedFinder = useRef<string | null>(linkedFinder);
  useEffect(() => {
    if (map === null || finderChosen === null || finderLines === undefined) return;
    if (fittedFinder.current === finderChosen) return;
    fittedFinder.current = finderChosen;
    const ends = finderLines
      .filter(({ kind }) => kind !== 'plan')
      .flatMap(({ from, to }) => [from, to]);
    if (ends.length > 0) commandsRef.current?.fitBounds(pointBounds(ends));
  }, [map, finderChosen, finderLines, commandsRef]);

  const hintId = useId();
  const [bounds, setBounds] = useState<ViewBounds | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const [showKeys, setShowKeys] = useState(false);
  const [cursor, setCursor] = useState<OrganisationFacts | null>(null);
  // The move handler counts what is in view with the organisations shown at that moment.
  const organisationsRef = useRef(facts.organisations);
  useEffect(() => {
    organisationsRef.current = facts.organisations;
  }, [facts.organisations]);
  useEffect(() => {
    if (map === null || !keyboard) return;
    const canvas = map.getCanvas();
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', 'Interactive map');
    canvas.setAttribute('aria-describedby', hintId);
    let previous: { lon: number; lat: number; zoom: number } | null = null;
    const onMoveEnd = () => {
      const next = boundsOf(map);
      setBounds(next);
      const centre = map.getCenter();
      const camera = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
      const direction = previous === null ? null : moveDirection(previous, camera);
      if (direction !== null)
        setAnnouncement(
          moveAnnouncement(direction, organisationsInView(organisationsRef.current, next).length),
        );
      previous = camera;
    };
    onMoveEnd();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '?') setShowKeys((shown) => !shown);
      else if (event.key === 'l' || event.key === 'L') setListOpen(true);
      else if (event.key === 'Escape') setShowKeys(false);
    };
    map.on('moveend', onMoveEnd);
    canvas.addEventListener('keydown', onKeyDown);
    return () => {
      map.off('moveend', onMoveEnd);
      canvas.removeEventListener('keydown', onKeyDown);
    };
  }, [map, keyboard, hintId]);
  // The ringed site is kept where no panel covers it: the map eases it into view if needed.
  useEffect(() => {
    if (map === null || cursor === null) return;
    const { lon, lat } = cursor.organisation;
    const point = map.project([lon, lat]);
    const canvas = map.getContainer();
    const insets = coveredInsets(canvas, 16);
    const clear =
      point.x >= insets.left &&
      point.x <= canvas.clientWidth - insets.right &&
      point.y >= insets.top &&
      point.y <= canvas.clientHeight - insets.bottom;
    if (clear) return;
    map.easeTo({
      center: [lon, lat],
      offset: [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2],
      duration: prefersReducedMotion() ? 0 : 400,
    });
  }, [map, cursor]);
  const inView = useMemo(
    () => (bounds === null ? [] : organisationsInView(facts.organisations, bounds)),
    [facts.organisations, bounds],
  );
  const [basemapAttempt, setBasemapAttempt] = useState(0);
  const basemap = useBasemap(map, styleReady, view.basemap, land.data ?? null, basemapAttempt);

  useEffect(() => {
    if (map === null || !styleReady || !land.data || land.data === initialLand.current) return;
    map.getSource<GeoJSONSource>(LAND_SOURCE_ID)?.setData(land.data);
  }, [map, styleReady, land.data]);

  // Sites that would overlap at this zoom share one marker with a count (never the selection);
  // past zoom 10 every site stands alone, so zooming in always opens a stack.
  const [zoom, setZoom] = useState<number | null>(null);
  useEffect(() => {
    if (map === null) return;
    const onZoomEnd = () => setZoom(Math.round(map.getZoom() * 100) / 100);
    onZoomEnd();
    map.on('zoomend', onZoomEnd);
    return () => {
      map.off('zoomend', onZoomEnd);
    };
  }, [map]);
  const selectedOrganisation = view.selection?.kind === 'organisation' ? view.selection.id : null;
  const { selection, showSites, showSiteLabels, showLines, showDistanceLabels } = view;
  const labelView = useMemo(
    () => ({ selection, showSites, showSiteLabels, showLines, showDistanceLabels }),
    [selection, showSites, showSiteLabels, showLines, showDistanceLabels],
  );
  // A filter's first frame redraws the lines and sites; the stacks and labels, grouped and laid
  // out anew from what it left, follow a frame later (their layers are most of a filter's cost).
  const laidOut = useValueAfterFrame(facts);
  // A zoom step that leaves every group as it was keeps the same arrays, so no layer is rebuilt.
  const grouped = useStable(
    useMemo(
      () =>
        zoom === null ||
        zoom >= STACKS_UP_TO_ZOOM ||
        laidOut.organisations.length > MAX_STACKED_SITES
          ? undefined
          : stackOverlapping(
              laidOut.organisations,
              zoom,
              STACK_DISTANCE_PX,
              new Set(selectedOrganisation === null ? [] : [selectedOrganisation]),
            ),
      [laidOut.organisations, zoom, selectedOrganisation],
    ),
    keepWhileSame(sameStacking),
  );
  const stacked = useMemo(
    () =>
      grouped === undefined || laidOut === facts
        ? grouped
        : singlesBesideStacks(grouped, facts.organisations),
    [grouped, laidOut, facts],
  );

  const [highlight, setHighlight] = useHighlight();
  const labels = useStable(
    useMemo(
      () =>
        zoom === null
          ? NO_LABELS
          : layOutLabels({
              sites: grouped?.singles ?? laidOut.organisations,
              stacks: grouped?.stacks ?? [],
              pairings: laidOut.pairings,
              view: labelView,
              emphasis,
              hovered: highlight,
              zoom,
            }),
      [grouped, laidOut, labelView, emphasis, highlight, zoom],
    ),
    reuseUnchangedLabels,
  );

  const { hovered: finderHovered, setHovered: setFinderHovered } = useFinder();
  const finder = useMemo(
    () => (finderLines === undefined ? undefined : { lines: finderLines, hovered: finderHovered }),
    [finderLines, finderHovered],
  );

  // The first frame draws the pairings and sites only; boundaries and labels (polygon
  // tessellation, font atlases) follow in the next frames. Each layer is made again only when
  // its own inputs change: panning changes none of them.
  const [essentialsDrawn, setEssentialsDrawn] = useState(false);
  // One cache for the map's lifetime; it remembers layers, it is not rendered state.
  const [cached] = useState(createLayerCache);
  const layers = useMemo(() => {
    const all = [
      ...buildLayers(facts, boundary, view, emphasis, { stacked, labels, finder, every }, cached),
      cached('cursor', [cursor], () => createKeyboardCursorLayer(cursor)),
    ];
    return essentialsDrawn ? all : all.filter((layer) => !isDeferred(layer));
  }, [
    facts,
    boundary,
    view,
    emphasis,
    essentialsDrawn,
    cursor,
    stacked,
    labels,
    finder,
    every,
    cached,
  ]);

  // The layers of the last frame drawn, to tell whether a render has left anything to redraw.
  const drawnLayers = useRef<LayersList | null>(null);
  const onAfterRender = useCallback(() => {
    if (!styleLoaded.current) return;
    if (!essentialsDrawn) setEssentialsDrawn(true);
    drawnLayers.current = layers;
    const root = document.documentElement;
    root.dataset.atlasLayers = drawnLayerIds(layers);
    // Where each stack is drawn (members@x,y in map pixels), for tests and tools to find it.
    root.dataset.atlasStacks =
      map === null
        ? ''
        : (stacked?.stacks ?? [])
            .map((stack) => {
              const { x, y } = map.project([stack.lon, stack.lat]);
              return `${stack.id}@${Math.round(x)},${Math.round(y)}`;
            })
            .join(' ');
    root.dataset.atlasReady = 'true';
    // Whether the stacks and labels drawn are those of the filters in force, not the last ones.
    root.dataset.atlasLaidOut = String(laidOut === facts);
    // Lets the benchmark tell that the map has redrawn after an interaction.
    root.dataset.atlasFrames = String(Number(root.dataset.atlasFrames ?? 0) + 1);
    markOnce(MARKS.firstFrame);
  }, [layers, essentialsDrawn, map, stacked, laidOut, facts]);
  // Stacks and labels laid out anew may come to the layers already drawn (always at national
  // scale, where there are no stacks): no frame follows, so what is drawn is already laid out.
  useEffect(() => {
    if (laidOut !== facts || layers !== drawnLayers.current) return;
    document.documentElement.dataset.atlasLaidOut = 'true';
  }, [laidOut, facts, layers]);

  // Hovering a line or a site brightens that pairing (or the site's pairings) and both their
  // ends. At national scale every hover would re-lay out tens of thousands of lines, so not there.
  const hoverable = facts.pairings.length <= MAX_DISTANCE_LABELS;
  const [areaHovered, setAreaHovered] = useState(false);
  const onHover = useCallback(
    (info: PickingInfo) => {
      // A finder line points at its candidate's row in the finder's table, and back.
      const finderLine =
        info.object && info.layer?.id === LAYER_IDS.finderLines
          ? (info.object as FinderLine).id
          : null;
      setFinderHovered(finderLine);
      setAreaHovered(Boolean(info.object) && info.layer?.id === LAYER_IDS.boundaries);
      if (!hoverable) return;
      let ids: string[] | null = null;
      if (info.object && info.layer?.id === LAYER_IDS.pairingLines) {
        ids = [(info.object as PairingFacts).pairing.id];
      } else if (
        info.object &&
        (info.layer?.id === LAYER_IDS.sites || info.layer?.id === LAYER_IDS.siteStacks)
      ) {
        const members =
          info.layer.id === LAYER_IDS.sites
            ? [info.object as OrganisationFacts]
            : (info.object as SiteStack).members;
        const hovered = new Set(members.map(({ organisation }) => organisation.id));
        const touching = facts.pairings
          .filter(({ pairing }) => hovered.has(pairing.gdeId) || hovered.has(pairing.ffId))
          .map(({ pairing }) => pairing.id);
        ids = touching.length > 0 ? touching : null;
      }
      // Same pairings as now: keep the old value, so moving within a line re-renders nothing.
      setHighlight((current) => (sameIds(current, ids) ? current : ids));
    },
    [hoverable, facts.pairings, setHighlight, setFinderHovered],
  );
  const areaSelected = view.selection?.kind === 'area';
  const layerFilter = useMemo(
    () => boundaryFillFilter(areaSelected || areaHovered),
    [areaSelected, areaHovered],
  );

  const onClick = useCallback(
    (info: PickingInfo) => {
      // Tapping a finder line brightens it (as hovering does) rather than clearing the selection.
      if (info.object && info.layer?.id === LAYER_IDS.finderLines) return;
      if (info.object && info.layer?.id === LAYER_IDS.siteStacks) {
        commandsRef.current?.fitBounds(stackBounds(info.object as SiteStack));
        return;
      }
      dispatch({ type: 'select', selection: selectionFromPick(info, view.boundaryLayer) });
    },
    [dispatch, view.boundaryLayer, commandsRef],
  );

  return (
    <div className="map-canvas" ref={container}>
      <BasemapNotice status={basemap} onRetry={() => setBasemapAttempt((count) => count + 1)} />
      {keyboard && (
        <>
          <p id={hintId} className="visually-hidden">
            Arrow keys move the map, plus and minus zoom. Press L to list the organisations in view,
            and Shift and question mark for the keys.
          </p>
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
          <InViewList
            organisations={inView}
            open={listOpen}
            onOpenChange={setListOpen}
            onCursor={setCursor}
            onSelect={(id) => dispatch({ type: 'select', selection: { kind: 'organisation', id } })}
            onReturn={() => map?.getCanvas().focus()}
          />
          {showKeys && <MapKeys onClose={() => setShowKeys(false)} />}
        </>
      )}
      {map !== null && (
        <DeckOverlay
          map={map}
          layers={layers}
          getTooltip={tooltipText}
          onClick={onClick}
          onHover={onHover}
          onAfterRender={onAfterRender}
          layerFilter={layerFilter}
        />
      )}
    </div>
  );
}

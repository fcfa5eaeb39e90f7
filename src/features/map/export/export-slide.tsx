import { useQuery } from '@tanstack/react-query';
import { toBlob } from 'html-to-image';
import { useEffect, useRef, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { landQuery } from '../../../data/land-query';
import { fullCitation } from '../../../domain/citation';
import type { FilteredFacts } from '../../../domain/filters';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import type { Organisation } from '../../../domain/model';
import { useEvaluation } from '../../../state/evaluation-context';
import { useFinder } from '../../../state/finder-context';
import { useViewState } from '../../../state/view-state-context';
import { buildLayers } from '../build-layers';
import { layOutLabels } from '../label-layout';
import type { Emphasis } from '../layers/emphasis';
import { MapLegend } from '../map-legend';
import { drawSlideMap } from './slide-map';
import { slideScale, type SlideRequest } from './slide-request';
import './export-slide.css';

const ATTRIBUTION =
  'Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0. ' +
  'Contains OS data © Crown copyright and database right 2011–2022. Coastline: Natural Earth (public domain).';

/**
 * The image being exported, laid out off screen at its real pixel size: title and caption, the
 * map, its legend, attribution and the link that reopens this exact view. Once the map has drawn,
 * the whole slide becomes a PNG.
 */
export function ExportSlide({
  request,
  facts,
  boundary,
  emphasis,
  organisations,
  onDone,
}: {
  request: SlideRequest;
  facts: FilteredFacts;
  boundary: BoundaryCollection | null;
  emphasis: Emphasis | null;
  organisations: Organisation[];
  onDone: (result: Blob | Error) => void;
}) {
  const slide = useRef<HTMLDivElement>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const view = useViewState();
  const paper = useEvaluation();
  const land = useQuery(landQuery);
  // The finder's lines go on the slide as they are on the map.
  const finderLines = useFinder().model?.lines;
  // The image is of the view when export was asked for; later changes do not restart it.
  const inputs = useRef({
    facts,
    boundary,
    emphasis,
    view,
    land: land.data ?? null,
    finder: finderLines === undefined ? undefined : { lines: finderLines, hovered: null },
    onDone,
  });

  useEffect(() => {
    const {
      facts: rows,
      boundary: areas,
      emphasis: emphasised,
      view: state,
      finder,
    } = inputs.current;
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    const make = async () => {
      if (slide.current === null || mapBox.current === null) throw new Error('no slide to draw');
      cleanup = await drawSlideMap(mapBox.current, {
        bounds: request.bounds,
        land: inputs.current.land,
        layers: (zoom) =>
          buildLayers(rows, areas, state, emphasised, {
            finder,
            labels: layOutLabels({
              sites: rows.organisations,
              stacks: [],
              pairings: rows.pairings,
              view: state,
              emphasis: emphasised,
              hovered: null,
              zoom,
            }),
          }),
      });
      const blob = await toBlob(slide.current, {
        width: request.width,
        height: request.height,
        pixelRatio: 1,
        skipFonts: true,
        backgroundColor: '#ffffff',
      });
      if (blob === null) throw new Error('the browser could not encode the image');
      return blob;
    };
    make().then(
      (blob) => {
        if (!cancelled) inputs.current.onDone(blob);
      },
      (error: unknown) => {
        if (!cancelled)
          inputs.current.onDone(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [request]);

  const style = {
    width: `${request.width}px`,
    height: `${request.height}px`,
    '--s': slideScale(request.width),
  } as CSSProperties;

  return createPortal(
    <div className="export-stage" aria-hidden="true" inert>
      <div className="export-slide" ref={slide} style={style}>
        <header className="slide-header">
          <p className="slide-title">{request.title}</p>
          <p className="slide-caption">{request.caption}</p>
        </header>
        <div className="slide-body">
          <div className="slide-map" ref={mapBox} />
          <div className="slide-legend">
            <MapLegend organisations={organisations} readOnly />
          </div>
        </div>
        <footer className="slide-footer">
          {paper !== null && <p>Findings: {fullCitation(paper)}</p>}
          <p>
            {ATTRIBUTION} Organisations and pairings: {request.dataCredit}.
          </p>
          <p className="slide-link">{request.permalink}</p>
        </footer>
      </div>
    </div>,
    document.body,
  );
}

import { Suspense, lazy, useState } from 'react';
import { describeView } from '../../../domain/describe-filters';
import type { FilteredFacts } from '../../../domain/filters';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import type { Organisation } from '../../../domain/model';
import { downloadBlob } from '../../../lib/download-file';
import { useMapCommands } from '../../../state/map-commands-context';
import { shareUrl } from '../../../state/share-url';
import { useViewState } from '../../../state/view-state-context';
import type { Emphasis } from '../layers/emphasis';
import { SLIDE_SIZE, type SlideRequest, BUILTIN_DATA_CREDIT } from './slide-request';

// html-to-image and the slide layout load only when someone asks for an image.
const ExportSlide = lazy(() =>
  import('./export-slide').then(({ ExportSlide: component }) => ({ default: component })),
);

const BUILTIN_TITLE = 'Global Digital Exemplar pairings in England';

/** "Download PNG": the current view as a slide (1920 × 1080) or at the map's on-screen size. */
export function PngExport({
  facts,
  totalPairings,
  selectedName,
  boundary,
  emphasis,
  organisations,
  datasetTitle,
  dataCredit,
}: {
  /** What opened data are called (their story's title or file names); null: the built-in data. */
  datasetTitle: string | null;
  /** Where opened data came from (their files or link); null: the built-in data. */
  dataCredit: string | null;
  facts: FilteredFacts;
  totalPairings: number;
  selectedName: string | null;
  boundary: BoundaryCollection | null;
  emphasis: Emphasis | null;
  organisations: Organisation[];
}) {
  const view = useViewState();
  const commands = useMapCommands();
  const [request, setRequest] = useState<SlideRequest | null>(null);
  const [message, setMessage] = useState('');

  const start = (size: 'slide' | 'screen') => {
    const viewport = commands.current?.viewport();
    if (viewport === undefined) {
      setMessage('The map has not finished loading; try again in a moment.');
      return;
    }
    const { width, height } = size === 'slide' ? SLIDE_SIZE : viewport;
    setRequest({
      width,
      height,
      bounds: viewport.bounds,
      title: `GDE Partnership Atlas: ${datasetTitle ?? BUILTIN_TITLE}`,
      dataCredit: dataCredit ?? BUILTIN_DATA_CREDIT,
      caption: describeView({
        shown: facts.pairings.length,
        total: totalPairings,
        filters: view.filters,
        selected: selectedName,
      }),
      permalink: shareUrl(view, window.location, false),
      filename: `gde-atlas-${width}x${height}.png`,
    });
    setMessage(`Preparing a ${width} × ${height} image…`);
  };

  const finish = (result: Blob | Error) => {
    if (request === null) return;
    if (result instanceof Error) setMessage(`The image could not be made: ${result.message}`);
    else {
      downloadBlob(request.filename, result);
      setMessage(`Saved ${request.filename}.`);
    }
    setRequest(null);
  };

  return (
    <details className="embed-details">
      <summary>Download PNG</summary>
      <div className="button-row">
        <button type="button" disabled={request !== null} onClick={() => start('slide')}>
          Slide, {SLIDE_SIZE.width} × {SLIDE_SIZE.height}
        </button>
        <button type="button" disabled={request !== null} onClick={() => start('screen')}>
          Map as on screen
        </button>
      </div>
      <p className="muted hint">
        With title, legend, sources and a link back to this view. Made in your browser.
      </p>
      <p role="status" className="muted hint">
        {message}
      </p>
      {request !== null && (
        <Suspense fallback={null}>
          <ExportSlide
            request={request}
            facts={facts}
            boundary={boundary}
            emphasis={emphasis}
            organisations={organisations}
            onDone={finish}
          />
        </Suspense>
      )}
    </details>
  );
}

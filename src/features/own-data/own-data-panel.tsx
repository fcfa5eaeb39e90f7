import { useId } from 'react';
import { MAX_FILE_BYTES } from '../../data/own-data';
import type { Dataset } from '../../data/validate-dataset';
import type { CheckProgress } from '../../data/validate-own';
import { formatCount } from '../../domain/format';
import { downloadText } from '../../lib/download-file';
import { useDataSource } from '../../state/data-source-context';
import { PasteTables } from './paste-tables';

const count = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Where the data come from, and the way to bring your own: files chosen or dropped, read in
 * this browser only. The counts say how many rows were kept and how many left out.
 */
export function OwnDataPanel({
  dataset,
  showingOwn,
  checking,
  progress,
  checkError,
  onOpened,
}: {
  dataset: Dataset | null;
  showingOwn: boolean;
  checking: boolean;
  /** Which file the checks are on; null before the first has started. */
  progress: CheckProgress | null;
  checkError: string | null;
  /** Called after files open or the built-in data return: a data= link no longer applies. */
  onOpened: () => void;
}) {
  const source = useDataSource();
  const hintId = useId();
  const progressId = useId();
  const counts = dataset?.counts;
  return (
    <section className="card own-data" aria-labelledby="own-data-heading">
      <h2 id="own-data-heading">Data</h2>
      <p role="status">
        {showingOwn && source.own !== null
          ? `Showing your data: ${source.own.label}.`
          : 'Showing the built-in GDE programme data.'}{' '}
        {counts !== undefined &&
          `${count(counts.organisations.valid, 'organisation')} and ${count(counts.pairings.valid, 'pairing')} shown` +
            (counts.organisations.invalid + counts.pairings.invalid > 0
              ? `; ${count(counts.organisations.invalid, 'organisation row')} and ${count(counts.pairings.invalid, 'pairing row')} left out (see Data checks).`
              : '.')}
        {source.busy && ' Opening…'}
      </p>
      {checking && (
        <div className="check-progress">
          <label htmlFor={progressId}>
            {progress === null
              ? 'Starting the checks…'
              : `Checking ${progress.file} (file ${progress.step} of ${progress.steps})…`}
          </label>
          {/* Without a value the bar is indeterminate: nothing is known until the first file starts. */}
          <progress
            id={progressId}
            max={progress?.steps ?? 1}
            value={progress === null ? undefined : progress.step - 0.5}
          />
        </div>
      )}
      {checkError !== null && (
        <p role="alert" className="notice notice-error">
          Your files could not be checked: {checkError}
        </p>
      )}
      {source.error !== null && (
        <div role="alert" className="notice notice-error">
          <p>{source.error} The data shown have not changed.</p>
          <button type="button" onClick={source.dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {source.pending !== null && !source.pending.open && (
        <div className="notice">
          <p>
            {source.pending.data.label} {source.pending.data.label.includes(' and ') ? 'are' : 'is'}{' '}
            waiting: the atlas needs to know which columns hold the fields it uses.
          </p>
          <div className="button-row">
            <button type="button" onClick={source.reopenColumns}>
              Match the columns
            </button>
            <button type="button" onClick={source.discardColumns}>
              Discard these files
            </button>
          </div>
        </div>
      )}
      <label className="file-label">
        Open data files
        <input
          type="file"
          multiple
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.json,application/json"
          aria-describedby={hintId}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0)
              void source.openFiles(files).then((opened) => {
                if (opened) onOpened();
              });
          }}
        />
      </label>
      <p id={hintId} className="muted hint">
        An Excel workbook (.xlsx) with an organisations sheet and a pairings sheet, or an
        organisations file and a pairings file (CSV: comma, semicolon or tab separated); up to{' '}
        {MAX_FILE_BYTES / 1024 / 1024} MB each, with your own headings. Each organisation needs a
        name (or id), a role (Exemplar or Fast Follower) and a latitude and longitude in decimal
        degrees, anywhere in the world; each pairing names its two organisations, by id or by name.
        Every other column is optional. Add an evidence.csv for the knowledge-flow charts and a
        story.json to present, if you have them. Choose them together, or drop them anywhere on the
        page. They are read in this browser and never uploaded.
      </p>
      <PasteTables onOpened={onOpened} />
      <div className="button-row">
        {source.showOwn ? (
          <button
            type="button"
            onClick={() => {
              source.showBuiltin();
              onOpened();
            }}
          >
            Back to the built-in data
          </button>
        ) : (
          source.own !== null && (
            <button type="button" onClick={source.showOwnAgain}>
              Show my data again
            </button>
          )
        )}
        <button
          type="button"
          onClick={() =>
            // The column lists come from the schemas, which load only when asked for.
            void import('../../data/templates').then(({ TEMPLATES }) => {
              for (const template of TEMPLATES) downloadText(template.filename, template.text);
            })
          }
        >
          Download templates
        </button>
      </div>
    </section>
  );
}

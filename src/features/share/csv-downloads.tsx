import type { FilteredFacts } from '../../domain/filters';
import { downloadText } from '../../lib/download-file';

// The CSV writer loads on the first download, not with the map.
const exportCsv = () => import('../../domain/export-csv');

/** The filtered rows as CSV (UTF-8 with BOM for Excel), with every row's sources and confidence. */
export function CsvDownloads({ facts }: { facts: FilteredFacts }) {
  return (
    <details className="embed-details">
      <summary>Download CSV</summary>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void exportCsv().then(({ pairingsCsv }) =>
              downloadText('gde-atlas-pairings.csv', pairingsCsv(facts.pairings)),
            )
          }
        >
          Pairings ({facts.pairings.length})
        </button>
        <button
          type="button"
          onClick={() =>
            void exportCsv().then(({ organisationsCsv }) =>
              downloadText('gde-atlas-organisations.csv', organisationsCsv(facts.organisations)),
            )
          }
        >
          Organisations ({facts.organisations.length})
        </button>
      </div>
      <p className="muted hint">The rows shown with the current filters.</p>
    </details>
  );
}

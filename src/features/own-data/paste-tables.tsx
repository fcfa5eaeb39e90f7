import { useId, useState } from 'react';
import { useDataSource } from '../../state/data-source-context';

/**
 * Tables copied from a spreadsheet and pasted here open like files. What was pasted stays in the
 * boxes, whatever happens, so nothing has to be pasted twice.
 */
export function PasteTables({ onOpened }: { onOpened: () => void }) {
  const source = useDataSource();
  const [organisations, setOrganisations] = useState('');
  const [pairings, setPairings] = useState('');
  const organisationsId = useId();
  const pairingsId = useId();
  return (
    <details className="paste-tables">
      <summary>Paste tables from a spreadsheet</summary>
      <p className="muted hint">
        Select the cells in your spreadsheet, heading row included, copy them and paste them here.
      </p>
      <label htmlFor={organisationsId}>Organisations</label>
      <textarea
        id={organisationsId}
        rows={4}
        value={organisations}
        onChange={(event) => setOrganisations(event.target.value)}
      />
      <label htmlFor={pairingsId}>Pairings (optional)</label>
      <textarea
        id={pairingsId}
        rows={4}
        value={pairings}
        onChange={(event) => setPairings(event.target.value)}
      />
      <button
        type="button"
        onClick={() =>
          void source.openPasted({ organisations, pairings }).then((opened) => {
            if (opened) onOpened();
          })
        }
      >
        Open the pasted tables
      </button>
    </details>
  );
}

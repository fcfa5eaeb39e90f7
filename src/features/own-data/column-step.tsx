import { useId, useState, type FormEvent } from 'react';
import {
  MAPPED_FIELDS,
  missingFields,
  type ColumnChoice,
  type FilePreview,
  type FileRole,
} from '../../data/column-fields';
import type { PendingColumns } from '../../state/data-source-context';

const needNote = (field: string, need: 'required' | 'one-of' | 'optional') =>
  need === 'required'
    ? ' (needed)'
    : need === 'one-of'
      ? field === 'id'
        ? ' (needed if there is no name)'
        : ' (needed if there is no id)'
      : '';

function FileColumns({
  file,
  choice,
  onChange,
}: {
  file: FilePreview;
  choice: ColumnChoice;
  onChange: (field: string, heading: string) => void;
}) {
  const prefix = useId();
  return (
    <fieldset className="column-file">
      <legend>
        {file.fileName} ({file.role})
      </legend>
      <table className="column-table">
        <thead>
          <tr>
            <th scope="col">The atlas needs</th>
            <th scope="col">Column in your file, and its first rows</th>
          </tr>
        </thead>
        <tbody>
          {MAPPED_FIELDS[file.role].map(({ field, label, need }) => {
            const id = `${prefix}-${field}`;
            const heading = choice[field] ?? '';
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={id}>
                    {label}
                    {needNote(field, need)}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    value={heading}
                    onChange={(event) => onChange(field, event.target.value)}
                  >
                    <option value="">— not in the file —</option>
                    {file.headings.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                  {heading !== '' && (
                    <span className="column-preview">
                      {file.rows
                        .map((row) => row[heading] ?? '')
                        .filter((value) => value !== '')
                        .join(' · ')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

/**
 * The column step: the files' headings did not all match names the atlas knows, so each field is
 * matched to a column, starting from a guess, with the first rows beside it. Back keeps the files
 * and the choices (the Data drawer offers the step again); what is shown changes only on confirm.
 */
export function ColumnStep({
  pending,
  onChange,
  onConfirm,
  onBack,
}: {
  pending: PendingColumns;
  onChange: (choices: Partial<Record<FileRole, ColumnChoice>>) => void;
  onConfirm: () => void;
  /** Back to the Data drawer, keeping the files and the choices made. */
  onBack: () => void;
}) {
  const { choices } = pending;
  const [tried, setTried] = useState(false);
  const missing = pending.previews.flatMap((file) =>
    missingFields(file.role, choices[file.role] ?? {}).map(
      (label) => `${label} (${file.fileName})`,
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing.length === 0) onConfirm();
  };
  return (
    <form className="column-step" aria-label="Match your columns" onSubmit={submit}>
      <p>
        Some headings in your files are not names the atlas knows. Choose the column that holds each
        field; the guesses are filled in, and the first rows are shown to check them.
      </p>
      {pending.previews.map((file) => (
        <FileColumns
          key={file.role}
          file={file}
          choice={choices[file.role] ?? {}}
          onChange={(field, heading) =>
            onChange({ ...choices, [file.role]: { ...choices[file.role], [field]: heading } })
          }
        />
      ))}
      {tried && missing.length > 0 && (
        <p role="alert" className="notice notice-error">
          Still needed: {missing.join('; ')}.
        </p>
      )}
      <div className="button-row">
        <button type="submit">Open with these columns</button>
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </form>
  );
}

import type { Filters } from '../../domain/filters';

function parse(value: string): number | null {
  const number = Number(value);
  return value.trim() === '' || !Number.isFinite(number) || number < 0 ? null : number;
}

export function DistanceFilter({
  minKm,
  maxKm,
  onChange,
}: {
  minKm: number | null;
  maxKm: number | null;
  onChange: (next: Pick<Filters, 'minKm' | 'maxKm'>) => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>Distance between sites (km)</legend>
      <label className="select-label">
        At least
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step={5}
          className="km-input"
          value={minKm ?? ''}
          onChange={(event) => onChange({ minKm: parse(event.target.value), maxKm })}
        />
      </label>
      <label className="select-label">
        At most
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step={5}
          className="km-input"
          value={maxKm ?? ''}
          onChange={(event) => onChange({ minKm, maxKm: parse(event.target.value) })}
        />
      </label>
      <p className="muted hint">1 km is 0.62 miles. Leave empty for no limit.</p>
    </fieldset>
  );
}

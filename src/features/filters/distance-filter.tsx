import type { Filters } from '../../domain/filters';

function parse(value: string): number | null {
  const number = Number(value);
  return value.trim() === '' || !Number.isFinite(number) || number < 0 ? null : number;
}

function KmInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (km: number | null) => void;
}) {
  return (
    <label className="select-label">
      {label}
      <input
        type="number"
        inputMode="decimal"
        min={0}
        step={5}
        className="km-input"
        value={value ?? ''}
        onChange={(event) => onChange(parse(event.target.value))}
      />
    </label>
  );
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
      <KmInput label="At least" value={minKm} onChange={(km) => onChange({ minKm: km, maxKm })} />
      <KmInput label="At most" value={maxKm} onChange={(km) => onChange({ minKm, maxKm: km })} />
      <p className="muted hint">1 km is 0.62 miles. Leave empty for no limit.</p>
    </fieldset>
  );
}

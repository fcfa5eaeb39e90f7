import { toggleItem } from '../../lib/toggle-item';

export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value} className="toggle">
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={() => onChange(toggleItem(selected, value))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

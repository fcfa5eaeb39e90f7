import { useId } from 'react';
import {
  MAX_WEIGHT,
  PRESET_LABELS,
  SCORED_FACTORS,
  WEIGHT_PRESETS,
  sameWeights,
  type ScoredFactor,
  type WeightPreset,
  type Weights,
} from '../../domain/finder/weights';

const WEIGHT_LABELS: Record<ScoredFactor, string> = {
  platform: 'Same core platform',
  distance: 'Closeness',
  ics: 'Same ICS (2022)',
  stp: 'Same STP (2021)',
  region: 'Same NHS region',
};

/** Five 0–5 sliders and the three presets; every change goes straight into the view state. */
export function WeightControls({
  weights,
  onChange,
}: {
  weights: Weights;
  onChange: (weights: Weights) => void;
}) {
  const id = useId();
  return (
    <fieldset className="finder-weights">
      <legend>Weights (0 to {MAX_WEIGHT})</legend>
      <div className="finder-presets" role="group" aria-label="Presets">
        {(Object.keys(WEIGHT_PRESETS) as WeightPreset[]).map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={sameWeights(weights, WEIGHT_PRESETS[preset])}
            onClick={() => onChange(WEIGHT_PRESETS[preset])}
          >
            {PRESET_LABELS[preset]}
          </button>
        ))}
      </div>
      {SCORED_FACTORS.map((factor) => (
        <div key={factor} className="finder-weight">
          <label htmlFor={`${id}-${factor}`}>{WEIGHT_LABELS[factor]}</label>
          <input
            id={`${id}-${factor}`}
            type="range"
            min={0}
            max={MAX_WEIGHT}
            step={1}
            value={weights[factor]}
            onChange={(event) => onChange({ ...weights, [factor]: Number(event.target.value) })}
          />
          <output htmlFor={`${id}-${factor}`} aria-hidden="true">
            {weights[factor]}
          </output>
        </div>
      ))}
    </fieldset>
  );
}

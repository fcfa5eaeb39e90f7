/** The factors the partner finder scores; prior relationship is known only for real pairings. */
export const SCORED_FACTORS = ['platform', 'distance', 'ics', 'stp', 'region'] as const;
export type ScoredFactor = (typeof SCORED_FACTORS)[number];

export type Weights = Record<ScoredFactor, number>;

export const MAX_WEIGHT = 5;

export const WEIGHT_PRESETS = {
  /** The evaluation: shared platform first, then closeness and a shared STP/ICS. */
  evaluation: { platform: 3, distance: 2, ics: 1, stp: 1, region: 0 },
  platform: { platform: 5, distance: 1, ics: 0, stp: 0, region: 0 },
  geography: { platform: 1, distance: 3, ics: 2, stp: 1, region: 1 },
} as const satisfies Record<string, Weights>;

export type WeightPreset = keyof typeof WEIGHT_PRESETS;

export const PRESET_LABELS: Record<WeightPreset, string> = {
  evaluation: 'As the evaluation found',
  platform: 'Platform first',
  geography: 'Geography first',
};

export const DEFAULT_WEIGHTS: Weights = WEIGHT_PRESETS.evaluation;

/**
 * `platform:3,distance:2,ics:1` → weights; factors left out weigh 0. Undefined when any part is
 * not `<factor>:<0–5 whole number>` or names a factor twice, so a bad link is reported, not guessed.
 */
export function parseWeights(text: string): Weights | undefined {
  const weights: Weights = { platform: 0, distance: 0, ics: 0, stp: 0, region: 0 };
  const seen = new Set<string>();
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    const match = /^([a-z]+):(\d)$/.exec(part);
    const factor = match?.[1] as ScoredFactor | undefined;
    const value = Number(match?.[2]);
    if (factor === undefined || !SCORED_FACTORS.includes(factor) || seen.has(factor))
      return undefined;
    if (!Number.isInteger(value) || value < 0 || value > MAX_WEIGHT) return undefined;
    seen.add(factor);
    weights[factor] = value;
  }
  return weights;
}

/** Weights as a link writes them: every factor, in the fixed order. */
export function writeWeights(weights: Weights): string {
  return SCORED_FACTORS.map((factor) => `${factor}:${weights[factor]}`).join(',');
}

export const sameWeights = (a: Weights, b: Weights) =>
  SCORED_FACTORS.every((factor) => a[factor] === b[factor]);

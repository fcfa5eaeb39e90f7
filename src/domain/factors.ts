import type { TriState } from './model';

export const FACTORS = [
  'same_platform',
  'same_ics',
  'same_stp',
  'prior_relationship',
  'merged_with_partner',
] as const;
export type Factor = (typeof FACTORS)[number];

export const FACTOR_LABELS: Record<Factor, string> = {
  same_platform: 'Same core platform',
  same_ics: 'Same ICS (July 2022)',
  same_stp: 'Same STP (April 2021)',
  prior_relationship: 'Prior relationship',
  merged_with_partner: 'Merged with partner',
};

export type FactorValues = Record<Factor, TriState>;

export function alignedFactors(values: FactorValues): Factor[] {
  return FACTORS.filter((factor) => values[factor] === 'yes');
}

import type { PairingFacts } from '../../../domain/derive-facts';
import { FACTORS, FACTOR_LABELS, type Factor } from '../../../domain/factors';

interface PaperFigure {
  value: number;
  of: number;
  unit: string;
}

export interface FactorCount {
  factor: Factor;
  label: string;
  yes: number;
  no: number;
  unknown: number;
  total: number;
  paper: PaperFigure | null;
}

export interface PaperAggregatesLike {
  pairings: number;
  sameCoreSystemPairings: number;
  sameStpOrIcsPairings: number;
  organisationsInMergers: number;
}

/** The paper counts "same STP and/or ICS" once; it sits beside our STP row, the closer match. */
function paperFigure(factor: Factor, paper: PaperAggregatesLike | null): PaperFigure | null {
  if (paper === null) return null;
  switch (factor) {
    case 'same_platform':
      return { value: paper.sameCoreSystemPairings, of: paper.pairings, unit: 'pairings' };
    case 'same_stp':
      return {
        value: paper.sameStpOrIcsPairings,
        of: paper.pairings,
        unit: 'pairings (STP and/or ICS)',
      };
    case 'merged_with_partner':
      return {
        value: paper.organisationsInMergers,
        of: paper.pairings,
        unit: 'organisations in mergers',
      };
    default:
      return null;
  }
}

export function factorCounts(
  pairings: PairingFacts[],
  paper: PaperAggregatesLike | null,
): FactorCount[] {
  return FACTORS.map((factor) => {
    const counts = { yes: 0, no: 0, unknown: 0 };
    for (const facts of pairings) counts[facts.factors[factor]] += 1;
    return {
      factor,
      label: FACTOR_LABELS[factor],
      ...counts,
      total: pairings.length,
      paper: paperFigure(factor, paper),
    };
  });
}

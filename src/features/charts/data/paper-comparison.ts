import type { PairingFacts } from '../../../domain/derive-facts';
import { mergerTiming } from '../../../domain/mergers';

interface LaterMerger {
  pairingId: string;
  gdeName: string;
  ffName: string;
  month: string;
}

/** What the dataset shown holds beside what the paper reports. */
export interface PaperComparison {
  /** The evaluation's publication month, YYYY-MM. */
  published: string;
  /** Pairings only proposed (status unknown) and dropped: the paper studied neither. */
  proposed: number;
  dropped: number;
  /** Pairings whose partners merged with each other by that month. */
  byPublication: number;
  /** Those that merged later, earliest first. */
  later: LaterMerger[];
  /** Merged with the partner, but no date is recorded on either side. */
  undated: number;
}

/**
 * Counts what makes the dataset differ from the paper, and splits the pairings whose partners
 * merged (merged_with_partner = yes) by the evaluation's publication: the paper could only count
 * the mergers before it.
 */
export function paperComparison(pairings: PairingFacts[], published: string): PaperComparison {
  const result: PaperComparison = {
    published,
    proposed: 0,
    dropped: 0,
    byPublication: 0,
    later: [],
    undated: 0,
  };
  for (const facts of pairings) {
    if (facts.pairing.status === 'unknown') result.proposed += 1;
    if (facts.pairing.status === 'dropped') result.dropped += 1;
    if (facts.pairing.mergedWithPartner !== 'yes') continue;
    const month = facts.partnerMergerMonth;
    const timing = mergerTiming(month, published);
    if (timing === 'by-publication') result.byPublication += 1;
    else if (timing === 'undated' || month === null) result.undated += 1;
    else
      result.later.push({
        pairingId: facts.pairing.id,
        gdeName: facts.gde.organisation.name,
        ffName: facts.ff.organisation.name,
        month,
      });
  }
  result.later.sort((a, b) => a.month.localeCompare(b.month));
  return result;
}

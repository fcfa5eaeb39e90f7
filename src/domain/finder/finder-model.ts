import type { OrganisationFacts, PairingFacts } from '../derive-facts';
import type { Candidate } from './candidates';
import type { FinderLine } from './finder-lines';
import type { FollowerRank, PlanPairing, PlanSummary } from './programme';

export type PlanResult =
  | { status: 'off' }
  | { status: 'solving'; done: number; total: number }
  | {
      status: 'ready';
      capacity: number;
      pairs: PlanPairing[];
      plan: PlanSummary;
      real: PlanSummary;
    };

/** What the partner finder shows, derived from the data, the finder's view state and weights. */
export interface FinderModel {
  /** The organisation whose partners are ranked; null for the programme view alone. */
  chosen: OrganisationFacts | null;
  /** An organisation id the link named that is not in the data. */
  missingId: string | null;
  candidates: Candidate[];
  /** The chosen organisation's real pairings, keyed by partner id. */
  actual: Map<string, PairingFacts>;
  ranks: FollowerRank[];
  /** Too many followers × exemplars to rank and plan in the page without a worker. */
  programmeTooLarge: boolean;
  /** How many followers the busiest real exemplar took: the plan's starting capacity. */
  defaultCapacity: number;
  plan: PlanResult;
  lines: FinderLine[];
}

import type { OrganisationFacts, PairingFacts } from '../derive-facts';
import type { Candidate } from './candidates';
import type { FinderLine } from './finder-lines';
import type { GridCell, PlanEntry, PlanSummary, RealRank } from './programme-matrix';

/** A piece of the programme view: not asked for, being worked out (with progress), or ready. */
export type Job<T> =
  | { status: 'idle' }
  | { status: 'working'; done: number; total: number }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string };

export interface ProgrammeRanks {
  ranks: RealRank[];
  /** The real pairings, one exemplar per follower, summarised as a plan would be. */
  real: PlanSummary;
}

export interface SuggestedPlan {
  capacity: number;
  pairs: PlanEntry[];
  plan: PlanSummary;
}

/** What the partner finder shows, derived from the data, the finder's view state and weights. */
export interface FinderModel {
  /** The organisation whose partners are ranked; null for the programme view alone. */
  chosen: OrganisationFacts | null;
  /** An organisation id the link named that is not in the data. */
  missingId: string | null;
  candidates: Candidate[];
  /** The chosen organisation's real pairings, keyed by partner id. */
  actual: Map<string, PairingFacts>;
  ranks: Job<ProgrammeRanks>;
  plan: Job<SuggestedPlan>;
  grid: Job<GridCell[]>;
  /** How many followers the busiest real exemplar took: the plan's starting capacity. */
  defaultCapacity: number;
  lines: FinderLine[];
  /** Every organisation by id, for names and ends of lines. */
  byId: ReadonlyMap<string, OrganisationFacts>;
}
